#pragma once

#include "demomodel.h"
#include "demorandom.h"

namespace attest::demo {

// Fills Model::accounts: a user account per person, separate admin accounts for a few IT
// Operations and Security people, and service accounts, some of them without an owner. Sets
// the hygiene signals: logons, password ages, locks, stale and never-used accounts.
class AccountBuilder final
{
public:
    explicit AccountBuilder(Model* model);

    void build();

private:
    void addUserAccount(int person);
    void addAdminAccounts();
    void addServiceAccounts();
    Account& addAccount(const QString& login, const QString& ou, int person, AccountKind kind);
    Timestamp recentLogon(Timestamp created);

    Model* m_model;
    DemoRandom m_rng;
    int m_enabledLeaversSeen = 0;
};

} // namespace attest::demo
