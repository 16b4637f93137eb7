#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace attest {

// Names one row of the loaded snapshot for selection, navigation and detail views.
struct ObjectRef
{
    enum class Kind : quint8
    {
        None,
        Identity,
        Account,
        Entitlement
    };

    Kind kind = Kind::None;
    quint32 index = 0;

    bool isValid() const { return kind != Kind::None; }
    friend bool operator==(const ObjectRef&, const ObjectRef&) = default;

    static ObjectRef identity(quint32 i) { return {Kind::Identity, i}; }
    static ObjectRef account(quint32 i) { return {Kind::Account, i}; }
    static ObjectRef entitlement(quint32 i) { return {Kind::Entitlement, i}; }
};

} // namespace attest

Q_DECLARE_METATYPE(attest::ObjectRef)
