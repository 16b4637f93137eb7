#pragma once

#include "connectors/ldap/ldapsettings.h"
#include "domain/account.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace attest {
class Workspace;
}

// Reading one account as its source shows it now: the help desk's card (Refresh) and
// `attest account show` call this.
namespace attest::app {

struct ReadAccountRequest
{
    qint64 sourceId = 0;                    // the source whose connector reads the account
    QByteArray secret;                      // the source's bind password when it needs one (not kept)
    QString account;                        // its DN or key as a snapshot holds it, or its login
    std::optional<LdapSettings> connection; // a directory given on the command line instead of a saved source
    QString connectionName;                 // its name, for messages
};
struct ReadAccountResult
{
    bool ok = false;
    QString error;
    std::optional<Account> account; // the source's current state of the account
};

// The connector is made through the registry and asked once; nothing is written. An unknown
// source, one whose connector cannot read single accounts, an empty or unknown account, or a
// source that cannot be reached is an error.
ReadAccountResult readAccountNow(Workspace& workspace, ReadAccountRequest request);

} // namespace attest::app
