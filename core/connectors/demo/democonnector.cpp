#include "democonnector.h"

#include "audit/journal.h"

#include <QCoreApplication>
#include <QDateTime>

namespace attest {

DemoConnector::DemoConnector(const QString& name)
    : m_name(name)
{}

QString DemoConnector::kind() const
{
    return QString::fromLatin1(kDemoConnectorKind);
}

ConnectorCapabilities DemoConnector::capabilities() const
{
    ConnectorCapabilities capabilities;
    capabilities.changesAsSnapshots = true;
    capabilities.unsupportedReason = QCoreApplication::translate(
        "DemoConnector", "the demo organisation has no directory server; generate it again with attest demo");
    return capabilities;
}

ChangeOutcome DemoConnector::apply(const DirectoryChange& change, const QByteArray&)
{
    ChangeOutcome outcome;
    outcome.message = QCoreApplication::translate("DemoConnector", "Not changed: %1. %2 cannot make this change: %3")
                          .arg(change.preview(), displayName(), capabilities().unsupportedReason);
    return outcome;
}

JournalRecord DemoConnector::journalRecordFor(const DirectoryChange& change, const ChangeOutcome& outcome) const
{
    JournalRecord record;
    record.time = QDateTime::currentMSecsSinceEpoch();
    record.operatorName = Journal::currentOperator();
    record.action = change.action();
    record.target = change.target;
    record.result = outcome.executed ? QStringLiteral("success") : QStringLiteral("failure: %1").arg(outcome.message);
    record.verification = outcome.verification;
    record.ticket = change.ticket;
    record.reason = change.reason;
    return record;
}

} // namespace attest
