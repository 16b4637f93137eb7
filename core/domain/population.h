#pragma once

#include "itemtable.h"
#include "review.h"

#include <QByteArray>
#include <QStringList>

namespace attest {

// A campaign's frozen population: one item per (account, entitlement) pair in scope, effective
// grants included with their provenance, each with its reviewer and recommendation. Built by
// review/population.h, stored by the workspace.
struct Population
{
    ReviewItemTable items;
    Reconciliation reconciliation;
    QStringList exclusions; // "login → entitlement: reason", one per excluded grant
    QByteArray sha256;      // items.sha256()
};

} // namespace attest
