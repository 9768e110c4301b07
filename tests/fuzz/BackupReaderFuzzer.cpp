// libFuzzer target: the backup reader (BackupCrypto::decrypt) on any bytes as a backup file,
// with the passphrase the seeds were written with. Never a crash; a refused file is bad input
// with a message; what is read is bounded by the file.
//
// A header may ask for a key derivation cost up to 16 passes over 1 GiB (the reader's bound,
// refused beyond it): that costs seconds per input, so a cost inside the bound is turned into
// the smallest one before the bytes are read (the bound itself is still fuzzed: a cost outside
// it is left as it is and must be refused).
//
// The seeds (tests/fuzz/corpus/backup_reader) are written by the target itself:
// OPIEKA_FUZZ_WRITE_SEEDS=DIR build/fuzz/tests/fuzz/backup_reader_fuzzer
#include "BackupCrypto.h"
#include "FuzzChecks.h"
#include "Logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QtEndian>
#include <cstdint>
#include <cstdlib>

using namespace opieka;
using opieka::fuzz::require;

namespace {

const QByteArray kPassphrase("fuzz-passphrase");
constexpr qsizetype kMagic = 8;
constexpr qsizetype kOperations = kMagic + 2; // after the magic, the version and the algorithm
constexpr qsizetype kMemory = kOperations + 8;

// A cost inside the reader's bound becomes the smallest (see above).
void cheapenKeyDerivation(QByteArray& file)
{
    if (file.size() < kMemory + 8)
        return;
    auto* bytes = reinterpret_cast<uchar*>(file.data());
    const quint64 operations = qFromLittleEndian<quint64>(bytes + kOperations);
    const quint64 memory = qFromLittleEndian<quint64>(bytes + kMemory);
    const KeyDerivationCost cheapest = KeyDerivationCost::minimal();
    if (operations >= cheapest.operations && operations <= 16 && memory >= cheapest.memoryBytes &&
        memory <= (quint64{1} << 30)) {
        qToLittleEndian(cheapest.operations, bytes + kOperations);
        qToLittleEndian(cheapest.memoryBytes, bytes + kMemory);
    }
}

QByteArray encrypted(const QByteArray& metadata, const QByteArray& plain)
{
    QBuffer in;
    in.setData(plain);
    require(in.open(QIODevice::ReadOnly), "a buffer to encrypt");
    QBuffer out;
    require(out.open(QIODevice::WriteOnly), "a buffer for the backup");
    require(BackupCrypto::encrypt(in, out, metadata, kPassphrase, KeyDerivationCost::minimal(),
                                  QStringLiteral("seed"))
                .ok(),
            "a seed is encrypted");
    return out.data();
}

void writeSeeds(const QString& folder)
{
    QDir().mkpath(folder);
    const QByteArray metadata(R"({"format":1,"created":"2024-06-01T10:00:00.000Z","schema":9,)"
                              R"("bytes":5,"program":"fuzz"})");
    const QByteArray small = encrypted(metadata, "SQLit");
    const QByteArray twoChunks =
        encrypted(metadata, QByteArray(BackupCrypto::chunkBytes + 100, 'x'));
    const QList<std::pair<const char*, QByteArray>> seeds{
        {"one-chunk", small},
        {"empty-content", encrypted(metadata, {})},
        {"two-chunks", twoChunks},
        {"cut-in-header", small.left(30)},
        {"cut-in-chunk", small.left(small.size() - 3)},
        {"trailing-byte", small + "!"},
        {"magic-only", QByteArray("OPIEKABK")},
        {"not-a-backup", QByteArray("SQLite format 3")},
    };
    for (const auto& [name, bytes] : seeds) {
        QFile file(QDir(folder).filePath(QLatin1String(name)));
        require(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(),
                "a seed is written");
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    static QCoreApplication app(*argc, *argv);
    qInstallMessageHandler(fuzz::failOnQtWarnings);
    logging::silence();
    if (qEnvironmentVariableIsSet("OPIEKA_FUZZ_WRITE_SEEDS")) {
        writeSeeds(qEnvironmentVariable("OPIEKA_FUZZ_WRITE_SEEDS"));
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray file(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    cheapenKeyDerivation(file);
    QBuffer in;
    in.setData(file);
    require(in.open(QIODevice::ReadOnly), "the input opens");
    QBuffer plain;
    require(plain.open(QIODevice::WriteOnly), "the output opens");

    auto metadata = BackupCrypto::decrypt(in, plain, kPassphrase, QStringLiteral("fuzz.bk"));
    if (!metadata) {
        require(!metadata.error().message.isEmpty(), "a refused backup has a message");
        require(metadata.error().kind == ErrorKind::BadInput, "a refused backup is bad input");
        return 0;
    }
    // Read whole: the content and the description fit in the file that held them.
    require(metadata->size() <= BackupCrypto::chunkBytes, "the description is one chunk at most");
    require(plain.data().size() + metadata->size() <= file.size(),
            "no more is read out than the file holds");
    require(in.atEnd(), "an accepted backup was read to its end");
    return 0;
}
