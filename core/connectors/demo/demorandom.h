#pragma once

#include <QtGlobal>

#include <array>
#include <cstddef>

namespace attest {

// The demo generator's own PRNG (xoshiro256** seeded through splitmix64) and distributions.
// std::uniform_*_distribution is implementation-defined, so the same seed would give different
// organisations on different standard libraries; everything here is specified bit for bit.
class DemoRandom final
{
public:
    explicit DemoRandom(quint64 seed)
    {
        quint64 x = seed;
        for (quint64& s : m_state)
            s = splitMix64(x);
    }

    static quint64 splitMix64(quint64& x)
    {
        x += 0x9E3779B97F4A7C15ULL;
        quint64 z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // A stateless hash of two numbers, for values that must not depend on the order of draws.
    static quint64 mix(quint64 a, quint64 b)
    {
        quint64 x = a ^ (b * 0xD1B54A32D192ED03ULL);
        return splitMix64(x);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, n) without modulo bias: draws below 2^64 mod n are rejected.
    quint64 below(quint64 n)
    {
        if (n <= 1)
            return 0;
        const quint64 threshold = (0 - n) % n;
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % n;
        }
    }

    // Uniform in [lo, hi], both inclusive.
    qint64 range(qint64 lo, qint64 hi)
    {
        if (hi <= lo)
            return lo;
        return lo + qint64(below(quint64(hi - lo) + 1));
    }

    std::size_t index(std::size_t size) { return std::size_t(below(size)); }

    // Uniform in [0, 1) with 53 bits; the scaling is exact in IEEE 754, so it is portable.
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

    bool chance(double probability) { return unit() < probability; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_state{};
};

} // namespace attest
