#include "pdfstream.h"

namespace attest {

QByteArray pdfFlateStream(const QByteArray& data, const QByteArray& entries)
{
    // qCompress writes a zlib stream, which is what FlateDecode reads, after a four-byte length of
    // its own. zlib's default level: text pages compress within a few per cent of level 9 in a
    // third of the time (an evidence summary can run to thousands of pages).
    const QByteArray compressed = qCompress(data, 6).mid(4);
    return "<< /Length " + QByteArray::number(compressed.size()) + " /Filter /FlateDecode" + entries + " >>\nstream\n" +
           compressed + "\nendstream";
}

} // namespace attest
