#include "pdfstream.h"

namespace attest {

QByteArray pdfFlateStream(const QByteArray& data, const QByteArray& entries)
{
    // qCompress writes a zlib stream, which is what FlateDecode reads, after a four-byte length of
    // its own.
    const QByteArray compressed = qCompress(data, 9).mid(4);
    return "<< /Length " + QByteArray::number(compressed.size()) + " /Filter /FlateDecode" + entries + " >>\nstream\n" +
           compressed + "\nendstream";
}

} // namespace attest
