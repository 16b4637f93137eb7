#include "navigationhistory.h"

namespace attest {

void NavigationHistory::visit(const NavigationEntry& entry)
{
    if (!entry.isValid() || current() == entry)
        return;
    m_entries.resize(m_position + 1);
    m_entries.append(entry);
    m_position = m_entries.size() - 1;
}

NavigationEntry NavigationHistory::back()
{
    if (!canGoBack())
        return {};
    return m_entries[--m_position];
}

NavigationEntry NavigationHistory::forward()
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
