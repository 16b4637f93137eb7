#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace attest {

// One entry as the server sent it: its DN and its values by lower-case attribute name (options
// such as ;binary kept). Values are raw bytes: the profile decides what is text.
struct LdapEntry
{
    QString dn;
    QHash<QString, QList<QByteArray>> attributes;

    QList<QByteArray> values(const QString& lowerName) const { return attributes.value(lowerName); }
    QString text(const QString& lowerName) const
    {
        const auto it = attributes.constFind(lowerName);
        return it == attributes.cend() || it->isEmpty() ? QString() : QString::fromUtf8(it->constFirst());
    }
};

} // namespace attest
