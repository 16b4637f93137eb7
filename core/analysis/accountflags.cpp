#include "accountflags.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace attest {

namespace {

struct FlagText
{
    AccountFlag flag;
    const char* name;
    const char* label;
    const char* shortLabel; // a badge's word
};

constexpr std::array<FlagText, 8> kFlagTexts{{
    {AccountFlag::NoOwner, "no-owner", QT_TRANSLATE_NOOP("AccountFlags", "No owner"),
     QT_TRANSLATE_NOOP("AccountFlags", "Orphan")},
    {AccountFlag::Stale, "stale", QT_TRANSLATE_NOOP("AccountFlags", "Stale"),
     QT_TRANSLATE_NOOP("AccountFlags", "Stale")},
    {AccountFlag::NeverLoggedOn, "never-logged-on", QT_TRANSLATE_NOOP("AccountFlags", "Never logged on"),
     QT_TRANSLATE_NOOP("AccountFlags", "Never used")},
    {AccountFlag::PasswordNeverChanged, "password-never-changed",
     QT_TRANSLATE_NOOP("AccountFlags", "Password never changed"), QT_TRANSLATE_NOOP("AccountFlags", "First password")},
    {AccountFlag::PasswordOld, "password-old", QT_TRANSLATE_NOOP("AccountFlags", "Password older than a year"),
     QT_TRANSLATE_NOOP("AccountFlags", "Old password")},
    {AccountFlag::Disabled, "disabled", QT_TRANSLATE_NOOP("AccountFlags", "Disabled"),
     QT_TRANSLATE_NOOP("AccountFlags", "Disabled")},
    {AccountFlag::Locked, "locked", QT_TRANSLATE_NOOP("AccountFlags", "Locked"),
     QT_TRANSLATE_NOOP("AccountFlags", "Locked")},
    {AccountFlag::LeaverEnabled, "leaver-enabled", QT_TRANSLATE_NOOP("AccountFlags", "Leaver still enabled"),
     QT_TRANSLATE_NOOP("AccountFlags", "Leaver")},
}};

// Findings in the order badges show them within one severity.
constexpr std::array<AccountFlag, 7> kFindingOrder{
    AccountFlag::LeaverEnabled, AccountFlag::NoOwner,     AccountFlag::Stale,
    AccountFlag::NeverLoggedOn, AccountFlag::PasswordOld, AccountFlag::PasswordNeverChanged,
    AccountFlag::Locked,
};

} // namespace

FlagSeverity accountFlagSeverity(AccountFlag flag)
{
    switch (flag) {
    case AccountFlag::LeaverEnabled:
    case AccountFlag::NoOwner:
        return FlagSeverity::High;
    case AccountFlag::Stale:
    case AccountFlag::NeverLoggedOn:
        return FlagSeverity::Medium;
    case AccountFlag::PasswordNeverChanged:
    case AccountFlag::PasswordOld:
    case AccountFlag::Locked:
        return FlagSeverity::Low;
    case AccountFlag::None:
    case AccountFlag::Disabled:
        break;
    }
    return FlagSeverity::None;
}

std::vector<AccountFlag> accountFindings(AccountFlags flags)
{
    std::vector<AccountFlag> findings;
    for (AccountFlag flag : kFindingOrder) {
        if (flags.testFlag(flag))
            findings.push_back(flag);
    }
    return findings; // kFindingOrder is already most severe first
}

QString accountFlagShortLabel(AccountFlag flag)
{
    for (const FlagText& text : kFlagTexts) {
        if (text.flag == flag)
            return QCoreApplication::translate("AccountFlags", text.shortLabel);
    }
    return {};
}

QStringList accountFindingLabels(AccountFlags flags)
{
    QStringList labels;
    for (AccountFlag flag : accountFindings(flags))
        labels << accountFlagLabels(flag).value(0);
    return labels;
}

int accountFlagsRank(AccountFlags flags)
{
    int worst = 0;
    std::array<int, 4> counts{};
    for (AccountFlag flag : kFindingOrder) {
        if (!flags.testFlag(flag))
            continue;
        const int severity = int(accountFlagSeverity(flag));
        worst = std::max(worst, severity);
        ++counts[std::size_t(severity)];
    }
    // Four bits per count is enough: there are seven findings.
    return worst << 12 | counts[3] << 8 | counts[2] << 4 | counts[1];
}

AccountFlags accountFlagsMatching(const QString& foldedTerm)
{
    AccountFlags matching;
    if (foldedTerm.isEmpty())
        return matching;
    for (const FlagText& text : kFlagTexts) {
        if (accountFlagSeverity(text.flag) == FlagSeverity::None)
            continue;
        const auto has = [&foldedTerm](const QString& word) { return word.toCaseFolded().contains(foldedTerm); };
        if (has(QString::fromLatin1(text.name)) || has(QString::fromUtf8(text.label)) ||
            has(QString::fromUtf8(text.shortLabel)) || has(QCoreApplication::translate("AccountFlags", text.label)) ||
            has(QCoreApplication::translate("AccountFlags", text.shortLabel)))
            matching |= text.flag;
    }
    return matching;
}

AccountFlags accountFlags(const Account& account, const Identity* identity, Timestamp now,
                          const AccountFlagPolicy& policy)
{
    AccountFlags flags;
    if (!identity)
        flags |= AccountFlag::NoOwner;
    if (!account.enabled)
        flags |= AccountFlag::Disabled;
    if (account.locked)
        flags |= AccountFlag::Locked;

    const qint64 window = qint64(policy.staleDays) * kMsPerDay;
    if (account.enabled) {
        if (hasTime(account.lastLogon)) {
            if (now - account.lastLogon > window)
                flags |= AccountFlag::Stale;
        } else if (!hasTime(account.created) || now - account.created > window) {
            // Unknown creation counts as old: an account nobody can date is not a new hire.
            flags |= AccountFlag::NeverLoggedOn;
        }
    }
    if (hasTime(account.passwordChanged)) {
        if (hasTime(account.created) && account.passwordChanged <= account.created)
            flags |= AccountFlag::PasswordNeverChanged;
        if (now - account.passwordChanged > qint64(policy.passwordOldDays) * kMsPerDay)
            flags |= AccountFlag::PasswordOld;
    } else {
        flags |= AccountFlag::PasswordNeverChanged;
    }
    if (identity && identity->status == IdentityStatus::Left && account.enabled)
        flags |= AccountFlag::LeaverEnabled;
    return flags;
}

QStringList accountFlagNames(AccountFlags flags)
{
    QStringList names;
    for (const FlagText& text : kFlagTexts) {
        if (flags.testFlag(text.flag))
            names << QString::fromLatin1(text.name);
    }
    return names;
}

QStringList accountFlagLabels(AccountFlags flags)
{
    QStringList labels;
    for (const FlagText& text : kFlagTexts) {
        if (flags.testFlag(text.flag))
            labels << QCoreApplication::translate("AccountFlags", text.label);
    }
    return labels;
}

} // namespace attest
