#pragma once

#include "objectref.h"

#include <QList>

namespace attest {

// One step of Back and Forward: an object shown in the pane that lists it, or a place of the
// window that is not such a pane (the dashboard with its list as it was, the access-path
// explorer), which the window names by a number of its own (0: none, the object's pane).
struct NavigationEntry
{
    NavigationEntry() = default;
    NavigationEntry(const ObjectRef& object) // NOLINT(google-explicit-constructor): an object is a step
        : ref(object)
    {}
    static NavigationEntry place(int view)
    {
        NavigationEntry entry;
        entry.view = view;
        return entry;
    }

    ObjectRef ref;
    int view = 0;

    bool isValid() const { return ref.isValid() || view != 0; }
    bool isPlace() const { return view != 0; }
    friend bool operator==(const NavigationEntry&, const NavigationEntry&) = default;
};

// Back and Forward over the objects and places the user looked at, like a browser: visiting a new
// one after going back drops the forward entries.
class NavigationHistory final
{
public:
    void visit(const NavigationEntry& entry);
    bool canGoBack() const { return m_position > 0; }
    bool canGoForward() const { return m_position + 1 < m_entries.size(); }
    NavigationEntry back();
    NavigationEntry forward();
    NavigationEntry current() const { return m_position >= 0 ? m_entries[m_position] : NavigationEntry(); }
    void clear();

private:
    QList<NavigationEntry> m_entries;
    qsizetype m_position = -1;
};

} // namespace attest
