#pragma once

#include <QStyledItemDelegate>

namespace attest {

// Draws a row's hygiene findings (TableModelBase::FlagsRole) as small badges right after the
// text of a name cell, most severe first and coloured by severity from the palette, so a leaver
// or a stale account shows at a glance without scrolling to the Flags column. Each badge carries
// its word: colour is never the only signal. What does not fit is summed up as "+2".
class FlagBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagBadgeDelegate)

public:
    explicit FlagBadgeDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Wide enough for the name and its badges, so fitting columns to their contents shows them.
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace attest
