#include "flagbadgedelegate.h"

#include "analysis/accountflags.h"
#include "common/colours.h"
#include "tablemodelbase.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace attest {

namespace {

constexpr int kPadding = 4;  // inside a badge, left and right
constexpr int kSpacing = 3;  // between badges and after the text
constexpr int kMinText = 90; // width the name keeps before badges are dropped

colours::Severity severityOf(AccountFlag flag)
{
    switch (accountFlagSeverity(flag)) {
    case FlagSeverity::High:
        return colours::Severity::High;
    case FlagSeverity::Medium:
        return colours::Severity::Medium;
    case FlagSeverity::Low:
    case FlagSeverity::None:
        break;
    }
    return colours::Severity::Low;
}

std::vector<AccountFlag> findingsOf(const QModelIndex& index)
{
    const QVariant flags = index.data(TableModelBase::FlagsRole);
    return flags.isValid() ? accountFindings(AccountFlags::fromInt(flags.toInt())) : std::vector<AccountFlag>();
}

QFont badgeFontFor(const QFont& font)
{
    QFont badge = font;
    badge.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    return badge;
}

} // namespace

QSize FlagBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const std::vector<AccountFlag> findings = findingsOf(index);
    if (findings.empty())
        return size;
    const QFontMetrics metrics(badgeFontFor(option.font));
    for (AccountFlag flag : findings)
        size.rwidth() += metrics.horizontalAdvance(accountFlagShortLabel(flag)) + 2 * kPadding + kSpacing;
    return size;
}

FlagBadgeDelegate::FlagBadgeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void FlagBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const std::vector<AccountFlag> findings = findingsOf(index);
    if (findings.empty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFont badgeFont = badgeFontFor(opt.font);
    const QFontMetrics badgeMetrics(badgeFont);

    // Lay out as many badges as fit beside a readable part of the name, most severe first.
    struct Badge
    {
        QString text;
        colours::Severity severity;
        int width;
    };
    std::vector<Badge> badges;
    const int available = opt.rect.width() - kMinText - 2 * kSpacing;
    int used = 0;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        Badge badge{accountFlagShortLabel(findings[i]), severityOf(findings[i]), 0};
        badge.width = badgeMetrics.horizontalAdvance(badge.text) + 2 * kPadding;
        const std::size_t left = findings.size() - i - 1;
        const QString more = left > 0 ? tr("+%1", "more findings than fit").arg(left) : QString();
        const int moreWidth = more.isEmpty() ? 0 : badgeMetrics.horizontalAdvance(more) + 2 * kPadding + kSpacing;
        if (used + badge.width + moreWidth > available) {
            const std::size_t hidden = findings.size() - i;
            const QString rest = tr("+%1", "more findings than fit").arg(hidden);
            const Badge restBadge{rest, severityOf(findings[i]), badgeMetrics.horizontalAdvance(rest) + 2 * kPadding};
            if (used + restBadge.width <= available)
                badges.push_back(restBadge);
            break;
        }
        used += badge.width + kSpacing;
        badges.push_back(std::move(badge));
    }
    int badgesWidth = 0;
    for (const Badge& badge : badges)
        badgesWidth += badge.width + kSpacing;

    // The cell (selection, focus) over its whole width, the text in what the badges leave.
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect textArea = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const int textRoom = std::max(0, textArea.width() - badgesWidth);
    const QString elided = opt.fontMetrics.elidedText(text, Qt::ElideRight, textRoom);
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect textRect(textArea.left(), textArea.top(), textRoom, textArea.height());
    painter->drawText(textRect, int(Qt::AlignLeft | Qt::AlignVCenter) | Qt::TextSingleLine, elided);

    // Badges start right after the name, so they stay near it in a wide column.
    int x = textArea.left() + std::min(opt.fontMetrics.horizontalAdvance(elided), textRoom) + kSpacing;
    const int height = std::min(textArea.height() - 2, badgeMetrics.height() + 2);
    const int top = textArea.top() + (textArea.height() - height) / 2;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(badgeFont);
    for (const Badge& badge : badges) {
        const QRectF rect(x + 0.5, top + 0.5, badge.width - 1, height - 1);
        const QColor colour = colours::severity(opt.palette, badge.severity);
        QPainterPath path;
        path.addRoundedRect(rect, height / 2.0, height / 2.0);
        painter->fillPath(path, colours::badgeFill(opt.palette, badge.severity));
        painter->setPen(QPen(colour, 1));
        painter->drawPath(path);
        painter->drawText(rect, Qt::AlignCenter | Qt::TextSingleLine, badge.text);
        x += badge.width + kSpacing;
    }
    painter->restore();
}

} // namespace attest
