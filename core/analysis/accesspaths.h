#pragma once

#include "graph/accessgraph.h"

#include <QString>

#include <map>
#include <vector>

namespace attest {

// Which way the access-path explorer reads the graph from its start object.
enum class AccessDirection : quint8
{
    WhatCanReach, // from accounts (of an identity) up through groups and roles to what they grant
    WhoCanReach,  // from an entitlement down through nested groups to the accounts that hold it
};

// What to show: a start object, a direction and how much of the big groups to materialise.
struct AccessPathQuery
{
    enum class StartKind : quint8
    {
        Account,
        Identity,
        Entitlement
    };

    StartKind startKind = StartKind::Account;
    quint32 start = 0;
    AccessDirection direction = AccessDirection::WhatCanReach;
    // A group with more direct member accounts than this shows them as one "+N accounts" node.
    quint32 collapseThreshold = 50;
    // Accounts one expansion of a collapsed node adds.
    quint32 pageSize = 500;
    // Collapsed nodes the user expanded: entitlement index → pages shown.
    std::map<quint32, quint32> expandedPages;
    // Accounts shown across the whole picture before every further group collapses: the first
    // view stays an overview; expanding shows more.
    quint32 maxAccounts = 150;
};

// The subgraph of access paths for one query, with layers and an order within each layer that
// keeps crossings low (barycentre sweeps). Edges always point left to right: member → container.
struct AccessPaths
{
    struct Node
    {
        enum class Kind : quint8
        {
            Identity,
            Account,
            Group,
            Role,
            MoreAccounts // collapsed member accounts of the entitlement `index`
        };

        Kind kind = Kind::Account;
        quint32 index = 0;
        quint32 layer = 0;
        quint32 order = 0; // position within the layer, 0 at the top
        bool privileged = false;
        bool start = false;
        quint32 hiddenCount = 0; // MoreAccounts: accounts not shown
        quint32 shownCount = 0;  // MoreAccounts: member accounts of the group that are shown
    };

    struct Edge
    {
        quint32 from = 0;
        quint32 to = 0;
        bool back = false;        // closes a nesting cycle: ignored by the layering, drawn right to left
        bool highlighted = false; // on a path between the start and the focus
    };

    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<std::vector<quint32>> layers; // node indexes per layer, in order
    // A forward edge spanning several layers passes one waypoint in each layer it crosses (the
    // dummy vertices of a Sugiyama layout), ordered with the nodes so that it gets its own lane.
    // lanes lists each layer's nodes and waypoints top to bottom: an id below nodes.size() is a
    // node, any other id is waypoint (id - nodes.size()).
    std::vector<std::vector<quint32>> lanes;
    std::vector<std::vector<quint32>> edgeWaypoints; // per edge, its waypoint ids (lane ids), from → to
    quint32 waypointCount = 0;
    quint32 startNode = AccessGraph::kNone; // the start object's node (an identity or account or entitlement)
    QString message;                        // why nothing is shown; empty when there are paths

    bool isEmpty() const { return edges.empty(); }
    // The node of an identity, account or entitlement (kind Group/Role both match an entitlement
    // index), or of the collapsed accounts of an entitlement; kNone when absent.
    quint32 findNode(Node::Kind kind, quint32 index) const;
    quint32 findEntitlementNode(quint32 entitlement) const;
};

// Computes the access paths of a query over graph (entitlement kinds and names from data).
// Never throws or crashes on odd input: an unknown index or an empty result gives a message.
AccessPaths computeAccessPaths(const AccessGraph& graph, const SnapshotData& data, const AccessPathQuery& query);

// Marks the edges that lie on a path between the start and the focus node (either direction
// along the left-to-right edges); with no focus, the paths from the start to the privileged
// entitlements (for an account or identity start). Clears the previous marks. Returns how many
// edges are marked.
quint32 highlightAccessPaths(AccessPaths& paths, quint32 focusNode = AccessGraph::kNone);

} // namespace attest
