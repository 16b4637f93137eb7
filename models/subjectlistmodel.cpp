#include "subjectlistmodel.h"

#include "plaintext.h"

#include "displayformat.h"

namespace attest {

using analysis::Subject;

SubjectListModel::SubjectListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void SubjectListModel::setSubjects(std::shared_ptr<const SnapshotData> data, std::shared_ptr<const AccessGraph> graph,
                                   std::vector<Subject> subjects, std::vector<QString> notes, Timestamp now)
{
    beginResetModel();
    m_data = std::move(data);
    m_graph = std::move(graph);
    m_subjects = std::move(subjects);
    m_notes = std::move(notes);
    m_now = now;
    m_shape = Shape::Accounts;
    if (!m_subjects.empty()) {
        const Subject::Kind kind = m_subjects.front().kind;
        const bool mixed =
            std::any_of(m_subjects.begin(), m_subjects.end(), [kind](const Subject& s) { return s.kind != kind; });
        m_shape = mixed                                ? Shape::Mixed
                  : kind == Subject::Kind::Account     ? Shape::Accounts
                  : kind == Subject::Kind::Identity    ? Shape::Identities
                  : kind == Subject::Kind::Entitlement ? Shape::Entitlements
                                                       : Shape::Grants;
    }
    endResetModel();
}

void SubjectListModel::clear()
{
    setSubjects({}, {}, {}, {}, kNoTime);
}

ObjectRef SubjectListModel::objectAt(int row) const
{
    if (row < 0 || std::size_t(row) >= m_subjects.size())
        return {};
    const Subject& s = m_subjects[std::size_t(row)];
    switch (s.kind) {
    case Subject::Kind::Account:
    case Subject::Kind::Grant:
        return ObjectRef::account(s.first);
    case Subject::Kind::Identity:
        return ObjectRef::identity(s.first);
    case Subject::Kind::Entitlement:
        return ObjectRef::entitlement(s.first);
    }
    return {};
}

int SubjectListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_subjects.size());
}

int SubjectListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 5;
}

QString SubjectListModel::cell(const Subject& s, int column) const
{
    const SnapshotData& d = *m_data;
    const auto identityOf = [&](quint32 account) -> const Identity* {
        const quint32 i = m_graph ? m_graph->identityOfAccount(account) : AccessGraph::kNone;
        return i == AccessGraph::kNone ? nullptr : &d.identities[i];
    };
    switch (s.kind) {
    case Subject::Kind::Account: {
        const Account& a = d.accounts[s.first];
        const Identity* owner = identityOf(s.first);
        switch (column) {
        case 0:
            return a.login;
        case 1:
            return owner ? owner->displayName : tr("(no identity)");
        case 2:
            return owner ? owner->department : QString();
        case 3:
            return a.enabled ? DisplayFormat::age(a.lastLogon, m_now) : tr("disabled");
        default:
            return {};
        }
    }
    case Subject::Kind::Identity: {
        const Identity& i = d.identities[s.first];
        switch (column) {
        case 0:
            return i.displayName;
        case 1:
            return i.department;
        case 2:
            return i.title;
        case 3:
            return DisplayFormat::identityStatus(i.status);
        default:
            return {};
        }
    }
    case Subject::Kind::Entitlement: {
        const Entitlement& e = d.entitlements[s.first];
        switch (column) {
        case 0:
            return e.name;
        case 1:
            return DisplayFormat::entitlementKind(e.kind);
        case 2:
            return m_graph ? DisplayFormat::number(qint64(m_graph->effectiveMemberAccounts(s.first).size()))
                           : QString();
        case 3:
            return e.ownerKey.isEmpty() ? tr("(no owner)") : e.ownerKey;
        default:
            return {};
        }
    }
    case Subject::Kind::Grant: {
        const Account& a = d.accounts[s.first];
        const Identity* owner = identityOf(s.first);
        switch (column) {
        case 0:
            return a.login;
        case 1:
            return owner ? owner->displayName : tr("(no identity)");
        case 2:
            return d.entitlements[s.second].name;
        case 3:
            return m_graph && m_graph->isPrivilegedEntitlement(s.second) ? tr("privileged") : QString();
        default:
            return {};
        }
    }
    }
    return {};
}

QVariant SubjectListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !m_data || std::size_t(index.row()) >= m_subjects.size())
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const QString text =
            index.column() == 4
                ? (std::size_t(index.row()) < m_notes.size() ? m_notes[std::size_t(index.row())] : QString())
                : cell(m_subjects[std::size_t(index.row())], index.column());
        return role == Qt::ToolTipRole ? plainToolTip(text) : text;
    }
    return {};
}

QVariant SubjectListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char* const accounts[] = {QT_TR_NOOP("Account"), QT_TR_NOOP("Identity"), QT_TR_NOOP("Department"),
                                           QT_TR_NOOP("Last logon"), QT_TR_NOOP("Detail")};
    static const char* const identities[] = {QT_TR_NOOP("Identity"), QT_TR_NOOP("Department"), QT_TR_NOOP("Title"),
                                             QT_TR_NOOP("Status"), QT_TR_NOOP("Detail")};
    static const char* const entitlements[] = {QT_TR_NOOP("Entitlement"), QT_TR_NOOP("Kind"),
                                               QT_TR_NOOP("Effective members"), QT_TR_NOOP("Owner"),
                                               QT_TR_NOOP("Detail")};
    static const char* const grants[] = {QT_TR_NOOP("Account"), QT_TR_NOOP("Identity"), QT_TR_NOOP("Entitlement"),
                                         QT_TR_NOOP("Tier"), QT_TR_NOOP("Detail")};
    static const char* const mixed[] = {QT_TR_NOOP("Name"), QT_TR_NOOP(""), QT_TR_NOOP(""), QT_TR_NOOP(""),
                                        QT_TR_NOOP("Detail")};
    if (section < 0 || section > 4)
        return {};
    switch (m_shape) {
    case Shape::Accounts:
        return tr(accounts[section]);
    case Shape::Identities:
        return tr(identities[section]);
    case Shape::Entitlements:
        return tr(entitlements[section]);
    case Shape::Grants:
        return tr(grants[section]);
    case Shape::Mixed:
        return section == 0 || section == 4 ? tr(mixed[section]) : QVariant();
    }
    return {};
}

} // namespace attest
