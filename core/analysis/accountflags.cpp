#include "accountflags.h"

#include <QCoreApplication>

#include <array>

namespace attest {

namespace {

struct FlagText
{
    AccountFlag flag;
    const char* name;
    const char* label;
};

constexpr std::array<FlagText, 8> kFlagTexts{{
    {AccountFlag::NoOwner, "no-owner", QT_TRANSLATE_NOOP("AccountFlags", "No owner")},
    {AccountFlag::Stale, "stale", QT_TRANSLATE_NOOP("AccountFlags", "Stale")},
    {AccountFlag::NeverLoggedOn, "never-logged-on", QT_TRANSLATE_NOOP("AccountFlags", "Never logged on")},
    {AccountFlag::PasswordNeverChanged, "password-never-changed",
     QT_TRANSLATE_NOOP("AccountFlags", "Password never changed")},
    {AccountFlag::PasswordOld, "password-old", QT_TRANSLATE_NOOP("AccountFlags", "Password older than a year")},
    {AccountFlag::Disabled, "disabled", QT_TRANSLATE_NOOP("AccountFlags", "Disabled")},
    {AccountFlag::Locked, "locked", QT_TRANSLATE_NOOP("AccountFlags", "Locked")},
    {AccountFlag::LeaverEnabled, "leaver-enabled", QT_TRANSLATE_NOOP("AccountFlags", "Leaver still enabled")},
}};

} // namespace

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
