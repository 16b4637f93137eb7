// Workspace: access review campaigns, their frozen items, decision history and remediation.

#include "rowinserter.h"
#include "workspace.h"
#include "workspace_p.h"

#include "domain/population.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace attest {

namespace {

constexpr int kStringChunks = 0;
constexpr int kItemChunks = 1;

QString reconciliationJson(const Reconciliation& r, const QStringList& exclusions)
{
    QJsonObject o{{QStringLiteral("inScopeGrants"), r.inScopeGrants},
                  {QStringLiteral("items"), r.items},
                  {QStringLiteral("excluded"), r.excluded},
                  {QStringLiteral("balanced"), r.balanced()},
                  {QStringLiteral("exclusions"), QJsonArray::fromStringList(exclusions)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

std::optional<qint64> Workspace::createCampaign(const CampaignDefinition& definition, const Population& population,
                                                QString* error)
{
    const QString what = QStringLiteral("create the campaign %1").arg(definition.name);
    if (!d->begin(what, error))
        return std::nullopt;
    std::optional<qint64> id;
    {
        QSqlQuery q = d->query();
        if (d->prepare(q,
                       QStringLiteral("INSERT INTO campaigns (name, state, definition_json, created_at, item_count, "
                                      "population_sha256, reconciliation_json) VALUES (?, 'active', ?, ?, ?, ?, ?)"),
                       what, error)) {
            q.addBindValue(definition.name);
            q.addBindValue(definition.toJson());
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            q.addBindValue(qint64(population.items.size()));
            q.addBindValue(population.sha256);
            q.addBindValue(reconciliationJson(population.reconciliation, population.exclusions));
            if (d->exec(q, what, error))
                id = q.lastInsertId().toLongLong();
        }
    }
    bool ok = id.has_value();
    if (ok) {
        QSqlQuery q = d->query();
        ok = d->prepare(q,
                        QStringLiteral("INSERT INTO review_item_chunks (campaign_id, kind, chunk, data) "
                                       "VALUES (?, ?, ?, ?)"),
                        what, error);
        const auto store = [&](int kind, qint64 chunk, const QByteArray& data) {
            q.bindValue(0, *id);
            q.bindValue(1, kind);
            q.bindValue(2, chunk);
            q.bindValue(3, data);
            return d->exec(q, what, error);
        };
        const QList<QByteArray> strings = population.items.encodeStrings();
        for (qsizetype i = 0; ok && i < strings.size(); ++i)
            ok = store(kStringChunks, qint64(i), strings[i]);
        // The records one chunk at a time: never a second copy of the whole table in memory.
        for (std::size_t i = 0; ok && i < population.items.itemChunkCount(); ++i)
            ok = store(kItemChunks, qint64(i), population.items.encodeItemChunk(i));
    }
    if (!ok) {
        d->rollback();
        return std::nullopt;
    }
    if (!d->commit(what, error))
        return std::nullopt;
    return id;
}

namespace {

Campaign campaignFrom(const QSqlQuery& q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    QString ignored;
    if (auto definition = CampaignDefinition::fromJson(q.value(2).toString(), &ignored))
        c.definition = *definition;
    c.definition.name = q.value(1).toString();
    c.status = q.value(3).toString() == QLatin1String("closed") ? CampaignStatus::Closed : CampaignStatus::Active;
    c.created = q.value(4).toLongLong();
    c.closed = timeFrom(q.value(5));
    c.itemCount = q.value(6).toLongLong();
    c.populationSha256 = q.value(7).toByteArray();
    const QJsonObject r = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    c.reconciliation.inScopeGrants = r.value(QStringLiteral("inScopeGrants")).toInteger();
    c.reconciliation.items = r.value(QStringLiteral("items")).toInteger();
    c.reconciliation.excluded = r.value(QStringLiteral("excluded")).toInteger();
    for (const QJsonValue& v : r.value(QStringLiteral("exclusions")).toArray())
        c.exclusions << v.toString();
    c.signOff = q.value(9).toString();
    return c;
}

const QString kCampaignColumns =
    QStringLiteral("SELECT id, name, definition_json, state, created_at, closed_at, item_count, population_sha256, "
                   "reconciliation_json, signoff_json FROM campaigns");

} // namespace

std::optional<QList<Campaign>> Workspace::campaigns(QString* error) const
{
    QList<Campaign> result;
    QSqlQuery q = d->query();
    if (!d->prepare(q, kCampaignColumns + QStringLiteral(" ORDER BY id"), QStringLiteral("list campaigns"), error) ||
        !d->exec(q, QStringLiteral("list campaigns"), error))
        return std::nullopt;
    while (q.next())
        result.append(campaignFrom(q));
    if (q.lastError().isValid()) {
        d->fail(d->describe(QStringLiteral("list campaigns"), q.lastError()), error);
        return std::nullopt;
    }
    return result;
}

std::optional<Campaign> Workspace::campaign(qint64 id, QString* error) const
{
    const QString what = QStringLiteral("read campaign %1").arg(id);
    QSqlQuery q = d->query();
    if (!d->prepare(q, kCampaignColumns + QStringLiteral(" WHERE id = ?"), what, error))
        return std::nullopt;
    q.addBindValue(id);
    if (!d->exec(q, what, error))
        return std::nullopt;
    if (!q.next()) {
        if (q.lastError().isValid())
            d->fail(d->describe(what, q.lastError()), error);
        else
            d->fail(QStringLiteral("%1 has no campaign %2").arg(d->shownPath).arg(id), error);
        return std::nullopt;
    }
    return campaignFrom(q);
}

std::optional<ReviewItemTable> Workspace::reviewItems(qint64 campaignId, QString* error) const
{
    const QString what = QStringLiteral("read the items of campaign %1").arg(campaignId);
    QSqlQuery q = d->query();
    q.setForwardOnly(true);
    if (!d->prepare(q,
                    QStringLiteral("SELECT kind, data FROM review_item_chunks WHERE campaign_id = ? "
                                   "ORDER BY kind, chunk"),
                    what, error))
        return std::nullopt;
    q.addBindValue(campaignId);
    if (!d->exec(q, what, error))
        return std::nullopt;
    // Each chunk is decoded as it is read (strings sort before items): the table is built without
    // holding a second copy of the campaign.
    ReviewItemTable table;
    QString problem;
    bool ok = true;
    while (ok && q.next()) {
        const QByteArray data = q.value(1).toByteArray();
        ok = q.value(0).toInt() == kStringChunks ? table.decodeStrings(data, &problem)
                                                 : table.decodeItems(data, &problem);
    }
    if (ok && q.lastError().isValid()) {
        d->fail(d->describe(what, q.lastError()), error);
        return std::nullopt;
    }
    if (!ok) {
        d->fail(QStringLiteral("%1 is damaged: campaign %2: %3").arg(d->shownPath).arg(campaignId).arg(problem), error);
        return std::nullopt;
    }
    return table;
}

bool Workspace::appendDecisions(qint64 campaignId, std::vector<DecisionRecord>* records, QString* error)
{
    const QString what = QStringLiteral("record decisions in campaign %1").arg(campaignId);
    if (!d->begin(what, error))
        return false;
    QSqlQuery q = d->query();
    bool ok = d->prepare(q,
                         QStringLiteral("INSERT INTO review_decisions (campaign_id, item, kind, decision, decided_by, "
                                        "time, justification, recommendation, reassigned_to, capacity, "
                                        "reassigned_to_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         what, error);
    for (std::size_t i = 0; ok && i < records->size(); ++i) {
        DecisionRecord& r = (*records)[i];
        q.bindValue(0, campaignId);
        q.bindValue(1, qint64(r.item));
        q.bindValue(2, int(r.kind));
        q.bindValue(3, int(r.decision));
        q.bindValue(4, r.by);
        q.bindValue(5, r.time);
        q.bindValue(6, r.justification.isEmpty() ? QVariant() : QVariant(r.justification));
        q.bindValue(7, int(r.recommendationShown));
        q.bindValue(8, r.reassignedTo.isEmpty() ? QVariant() : QVariant(r.reassignedTo));
        q.bindValue(9, r.kind == DecisionRecord::Kind::Reassign || r.kind == DecisionRecord::Kind::Resolution ||
                               r.capacity == DecisionCapacity::Unknown
                           ? QVariant()
                           : QVariant(int(r.capacity)));
        q.bindValue(10, r.reassignedToName.isEmpty() ? QVariant() : QVariant(r.reassignedToName));
        ok = d->exec(q, what, error);
        if (ok)
            r.id = q.lastInsertId().toLongLong();
    }
    if (!ok) {
        d->rollback();
        return false;
    }
    return d->commit(what, error);
}

std::optional<std::vector<DecisionRecord>> Workspace::decisionHistory(qint64 campaignId, QString* error) const
{
    return decisionsSince(campaignId, 0, error);
}

std::optional<std::vector<DecisionRecord>> Workspace::decisionsSince(qint64 campaignId, qint64 afterId,
                                                                     QString* error) const
{
    const QString what = QStringLiteral("read the decisions of campaign %1").arg(campaignId);
    // Read through SQLite's own API where available: a closed campaign's history is a few million
    // values, each a QVariant through QtSql.
    RowReader q(d->db, [this, &what](const QSqlError& e) { return d->describe(what, e); });
    QString problem;
    if (!q.prepare(QStringLiteral("SELECT id, item, kind, decision, decided_by, time, justification, recommendation, "
                                  "reassigned_to, capacity, reassigned_to_name FROM review_decisions "
                                  "WHERE campaign_id = ? AND id > ? ORDER BY id"),
                   &problem)) {
        d->fail(problem, error);
        return std::nullopt;
    }
    q.bind(0, campaignId);
    q.bind(1, afterId);
    std::vector<DecisionRecord> records;
    while (q.next(&problem)) {
        DecisionRecord r;
        r.id = q.integer(0);
        r.item = quint32(q.integer(1));
        r.kind = DecisionRecord::Kind(q.integer(2));
        r.decision = Decision(q.integer(3));
        r.by = q.text(4);
        r.time = q.integer(5);
        r.justification = q.text(6);
        r.recommendationShown = Recommendation(q.integer(7));
        r.reassignedTo = q.text(8);
        const qint64 capacity = q.isNull(9) ? -1 : q.integer(9);
        r.capacity = capacity >= 0 && capacity < qint64(DecisionCapacity::Unknown) ? DecisionCapacity(capacity)
                                                                                   : DecisionCapacity::Unknown;
        r.reassignedToName = q.text(10);
        records.push_back(std::move(r));
    }
    // A read error ends the rows with an error, never as the end of the data: a damaged page must
    // not become a shorter, confident history.
    if (!problem.isEmpty()) {
        d->fail(problem, error);
        return std::nullopt;
    }
    return records;
}

bool Workspace::closeCampaign(qint64 campaignId, Timestamp closedAt, QString* error)
{
    const QString what = QStringLiteral("close campaign %1").arg(campaignId);
    QSqlQuery q = d->query();
    if (!d->prepare(q, QStringLiteral("UPDATE campaigns SET state = 'closed', closed_at = ? WHERE id = ?"), what,
                    error))
        return false;
    q.addBindValue(closedAt);
    q.addBindValue(campaignId);
    return d->exec(q, what, error);
}

bool Workspace::setCampaignSignOff(qint64 campaignId, const QString& signOffJson, QString* error)
{
    const QString what = QStringLiteral("sign off campaign %1").arg(campaignId);
    QSqlQuery q = d->query();
    if (!d->prepare(q, QStringLiteral("UPDATE campaigns SET signoff_json = ? WHERE id = ?"), what, error))
        return false;
    q.addBindValue(signOffJson);
    q.addBindValue(campaignId);
    return d->exec(q, what, error);
}

bool Workspace::setRemediation(qint64 campaignId, const std::vector<RemediationRow>& rows, QString* error)
{
    const QString what = QStringLiteral("record the remediation of campaign %1").arg(campaignId);
    if (!d->begin(what, error))
        return false;
    QSqlQuery q = d->query();
    bool ok = d->prepare(q,
                         QStringLiteral("INSERT OR REPLACE INTO review_remediation (campaign_id, item, status, "
                                        "message, done_by, time, verified_at, ticket) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         what, error);
    for (const RemediationRow& r : rows) {
        if (!ok)
            break;
        q.bindValue(0, campaignId);
        q.bindValue(1, qint64(r.item));
        q.bindValue(2, r.status);
        q.bindValue(3, r.message);
        q.bindValue(4, r.by);
        q.bindValue(5, timeValue(r.time));
        q.bindValue(6, timeValue(r.verifiedAt));
        q.bindValue(7, r.ticket);
        ok = d->exec(q, what, error);
    }
    if (!ok) {
        d->rollback();
        return false;
    }
    return d->commit(what, error);
}

std::optional<std::vector<Workspace::RemediationRow>> Workspace::remediation(qint64 campaignId, QString* error) const
{
    const QString what = QStringLiteral("read the remediation of campaign %1").arg(campaignId);
    QSqlQuery q = d->query();
    if (!d->prepare(q,
                    QStringLiteral("SELECT item, status, message, done_by, time, verified_at, ticket FROM "
                                   "review_remediation WHERE campaign_id = ? ORDER BY item"),
                    what, error))
        return std::nullopt;
    q.addBindValue(campaignId);
    if (!d->exec(q, what, error))
        return std::nullopt;
    std::vector<RemediationRow> rows;
    while (q.next()) {
        RemediationRow r;
        r.item = quint32(q.value(0).toLongLong());
        r.status = q.value(1).toString();
        r.message = q.value(2).toString();
        r.by = q.value(3).toString();
        r.time = timeFrom(q.value(4));
        r.verifiedAt = timeFrom(q.value(5));
        r.ticket = q.value(6).toString();
        rows.push_back(std::move(r));
    }
    if (q.lastError().isValid()) {
        d->fail(d->describe(what, q.lastError()), error);
        return std::nullopt;
    }
    return rows;
}

} // namespace attest
