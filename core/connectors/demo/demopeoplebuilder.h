#pragma once

#include "demomodel.h"

namespace attest::demo {

// Fills Model::identities and Model::people: a CEO, then per department a VP, directors,
// managers and staff with titles, a manager hierarchy, hire dates, leavers and people on leave.
class PeopleBuilder final
{
public:
    explicit PeopleBuilder(Model* model)
        : m_model(model)
    {}

    void build();

private:
    int addPerson(int department, Level level, int managerPerson, Timestamp hired);
    QString uniqueLogin(const QString& given, const QString& surname);

    Model* m_model;
    QHash<QString, int> m_loginCounts;
};

} // namespace attest::demo
