#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <vector>

namespace attest {

// One entry as the server sent it: its DN and its values by lower-case attribute name (options
// such as ;binary kept). Values are raw bytes: the profile decides what is text. A flat list,
// not a hash: entries have a dozen attributes and 100,000 of them arrive per sync.
struct LdapEntry
{
    struct Attribute
    {
        QByteArray name; // lower case
        QList<QByteArray> values;
    };

    QString dn;
    std::vector<Attribute> attributes;

    void add(const QByteArray& name, const QByteArray& value)
    {
        const QByteArray lower = name.toLower();
        for (Attribute& attribute : attributes) {
            if (attribute.name == lower) {
                attribute.values.append(value);
                return;
            }
        }
        attributes.push_back({lower, {value}});
    }

    const QList<QByteArray>* find(const char* lowerName) const
    {
        for (const Attribute& attribute : attributes) {
            if (attribute.name == lowerName)
                return &attribute.values;
        }
        return nullptr;
    }
    QList<QByteArray> values(const char* lowerName) const
    {
        const QList<QByteArray>* found = find(lowerName);
        return found ? *found : QList<QByteArray>();
    }
    QByteArray first(const char* lowerName) const
    {
        const QList<QByteArray>* found = find(lowerName);
        return found && !found->isEmpty() ? found->constFirst() : QByteArray();
    }
    QString text(const char* lowerName) const { return QString::fromUtf8(first(lowerName)); }
};

} // namespace attest
