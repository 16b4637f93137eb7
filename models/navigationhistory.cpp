#include "navigationhistory.h"

namespace attest {

void NavigationHistory::visit(const ObjectRef& ref)
{
    if (!ref.isValid() || current() == ref)
        return;
    m_entries.resize(m_position + 1);
    m_entries.append(ref);
    m_position = m_entries.size() - 1;
}

ObjectRef NavigationHistory::back()
{
    if (!canGoBack())
        return {};
    return m_entries[--m_position];
}

ObjectRef NavigationHistory::forward()
{
    if (!canGoForward())
        return {};
    return m_entries[++m_position];
}

void NavigationHistory::clear()
{
    m_entries.clear();
    m_position = -1;
}

} // namespace attest
