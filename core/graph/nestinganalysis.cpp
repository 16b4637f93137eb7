#include "nestinganalysis.h"

#include <algorithm>

namespace attest::graphdetail {

namespace {

constexpr quint32 kUnvisited = 0xffffffffu;

struct Frame
{
    quint32 node;
    quint32 next; // position in children.values of the next edge to follow
};

} // namespace

NestingAnalysis analyseNesting(const Csr& children)
{
    const quint32 count = quint32(children.offsets.size() - 1);
    NestingAnalysis result;
    result.depth.assign(count, 0);

    std::vector<quint32> index(count, kUnvisited);
    std::vector<quint32> low(count, 0);
    std::vector<quint32> component(count, kUnvisited);
    std::vector<quint32> componentDepth;
    std::vector<bool> onStack(count, false);
    std::vector<quint32> stack;
    std::vector<Frame> frames;
    quint32 counter = 0;

    const auto visit = [&](quint32 node) {
        index[node] = low[node] = counter++;
        stack.push_back(node);
        onStack[node] = true;
        frames.push_back({node, children.offsets[node]});
    };

    for (quint32 root = 0; root < count; ++root) {
        if (index[root] != kUnvisited)
            continue;
        visit(root);
        while (!frames.empty()) {
            Frame& frame = frames.back();
            const quint32 node = frame.node;
            if (frame.next < children.offsets[node + 1]) {
                const quint32 child = children.values[frame.next++];
                if (index[child] == kUnvisited)
                    visit(child); // invalidates frame
                else if (onStack[child])
                    low[node] = std::min(low[node], index[child]);
                continue;
            }

            if (low[node] == index[node]) {
                // node roots a component. Tarjan emits a component only after every component
                // reachable from it, so the depths of the groups nested below are already known.
                const quint32 id = quint32(componentDepth.size());
                const auto first = std::find(stack.rbegin(), stack.rend(), node).base() - 1;
                const std::span<const quint32> members(&*first, std::size_t(stack.end() - first));
                quint32 depth = 0;
                for (quint32 m : members) {
                    onStack[m] = false;
                    component[m] = id;
                }
                for (quint32 m : members) {
                    for (quint32 child : children.row(m)) {
                        if (component[child] != id)
                            depth = std::max(depth, componentDepth[component[child]] + 1);
                    }
                }
                componentDepth.push_back(depth);
                for (quint32 m : members)
                    result.depth[m] = depth;
                if (members.size() > 1) {
                    std::vector<quint32> cycle(members.begin(), members.end());
                    std::sort(cycle.begin(), cycle.end());
                    result.cycles.push_back(std::move(cycle));
                }
                stack.erase(first, stack.end());
            }
            frames.pop_back();
            if (!frames.empty()) {
                const quint32 parent = frames.back().node;
                low[parent] = std::min(low[parent], low[node]);
            }
        }
    }

    // A group listing itself is a defect of its own, worth fixing even inside a larger cycle.
    for (quint32 e = 0; e < count; ++e) {
        const auto row = children.row(e);
        if (std::binary_search(row.begin(), row.end(), e))
            result.cycles.push_back({e});
    }
    std::sort(result.cycles.begin(), result.cycles.end(), [](const auto& a, const auto& b) {
        return a.front() != b.front() ? a.front() < b.front() : a.size() < b.size();
    });
    return result;
}

} // namespace attest::graphdetail
