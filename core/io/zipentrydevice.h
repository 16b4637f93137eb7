#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <memory>

struct z_stream_s;

namespace attest {

// One entry of a ZIP archive read as it inflates, for parsers that pull (QXmlStreamReader), so a
// large entry never sits in memory whole. It produces at most the size the archive declares (a
// stream that wants more is refused, never grown) and at the end checks that size and the CRC-32.
// A damaged entry reads as its end, so a parser stops at once; failed() and errorString() (naming
// the entry) then say why. Made by ZipReader::openEntry.
class ZipEntryDevice final : public QIODevice
{
public:
    // `data` points into `archive`, which the device keeps (a shared copy, not a deep one).
    ZipEntryDevice(const QByteArray& archive, qint64 data, qint64 compressedSize, quint16 method, qint64 size,
                   quint32 crc, const QString& name);
    ~ZipEntryDevice() override;
    Q_DISABLE_COPY_MOVE(ZipEntryDevice)

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    bool failed() const { return m_failed; }
    // Reads what a parser left unread, so the size and checksum are checked over the whole entry.
    // false with *error when the entry is damaged.
    bool finish(QString* error);

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    qint64 fail(const QString& message);
    qint64 end();

    QByteArray m_archive;
    qint64 m_data = 0;
    qint64 m_compressedSize = 0;
    quint16 m_method = 0;
    qint64 m_size = 0;
    quint32 m_crc = 0;
    QString m_name;
    std::unique_ptr<z_stream_s> m_z;
    bool m_zReady = false;
    qint64 m_produced = 0;
    quint32 m_runningCrc = 0;
    bool m_ended = false;
    bool m_failed = false;
};

} // namespace attest
