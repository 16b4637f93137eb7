#pragma once

#include "objectref.h"

#include <QList>

namespace attest {

// Back and Forward over the objects the user looked at, like a browser: visiting a new object
// after going back drops the forward entries.
class NavigationHistory final
{
public:
    void visit(const ObjectRef& ref);
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }
    ObjectRef back();
    ObjectRef forward();
    ObjectRef current() const { return m_position >= 0 ? m_entries[m_position] : ObjectRef(); }
    void clear();

private:
    QList<ObjectRef> m_entries;
    qsizetype m_position = -1;
};

} // namespace attest
