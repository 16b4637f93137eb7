#include "demoaccessbuilder.h"
#include "demoaccountbuilder.h"
#include "demoauditbuilder.h"
#include "demomodel.h"
#include "demoorganisation.h"
#include "demopeoplebuilder.h"
#include "demosnapshotbuilder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace attest {

namespace {

constexpr int kMinIdentities = 1;
constexpr int kMaxIdentities = 1000000;
// Four quarterly snapshots, oldest first: days before asOf.
constexpr qint64 kSnapshotDaysBack[] = {273, 182, 91, 0};

// "dc=example,dc=com" → "example.com"; other bases fall back to example.com.
QString mailDomainOf(const QString& baseDn)
{
    QStringList labels;
    for (const QString& rdn : baseDn.split(u',')) {
        const QString trimmed = rdn.trimmed();
        if (trimmed.startsWith(QLatin1String("dc="), Qt::CaseInsensitive))
            labels.append(trimmed.mid(3).toLower());
    }
    return labels.isEmpty() ? QStringLiteral("example.com") : labels.join(u'.');
}

} // namespace

DemoGenerator::DemoGenerator(DemoParameters parameters)
    : m_parameters(std::move(parameters))
{}

bool DemoGenerator::validateParameters(const DemoParameters& parameters, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (parameters.identities < kMinIdentities || parameters.identities > kMaxIdentities) {
        return fail(QCoreApplication::translate("DemoGenerator",
                                                "The number of identities must be between 1 and 1,000,000; %1 is not.")
                        .arg(parameters.identities));
    }
    if (parameters.baseDn.trimmed().isEmpty())
        return fail(QCoreApplication::translate("DemoGenerator", "The base DN of the demo organisation is empty."));
    for (const QString& rdn : parameters.baseDn.split(u',')) {
        const qsizetype eq = rdn.indexOf(u'=');
        if (eq <= 0 || eq == rdn.size() - 1)
            return fail(
                QCoreApplication::translate("DemoGenerator",
                                            "The base DN \"%1\" is not a distinguished name such as dc=example,dc=com.")
                    .arg(parameters.baseDn));
    }
    if (parameters.asOf != kNoTime && parameters.asOf < 400 * kMsPerDay)
        return fail(
            QCoreApplication::translate("DemoGenerator", "The date of the newest snapshot must be after 1971."));
    return true;
}

std::optional<DemoOrganisation> DemoGenerator::generate(const ProgressFn& progress, QString* error) const
{
    if (!validateParameters(m_parameters, error))
        return std::nullopt;
    const auto cancelled = [error] {
        if (error)
            *error = QCoreApplication::translate("DemoGenerator", "Generating the demo organisation was cancelled.");
        return std::nullopt;
    };
    constexpr qint64 kStages = 4 + 4; // people, accounts, access, four snapshots, audit
    qint64 stage = 0;
    const auto step = [&](const char* what) {
        return reportProgress(progress, stage++, kStages, QCoreApplication::translate("DemoGenerator", what));
    };

    demo::Model model;
    model.parameters = m_parameters;
    model.asOf = m_parameters.asOf;
    if (!hasTime(model.asOf)) {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        model.asOf = QDateTime(today, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    model.mailDomain = mailDomainOf(m_parameters.baseDn);

    if (!step(QT_TRANSLATE_NOOP("DemoGenerator", "Generating people")))
        return cancelled();
    demo::PeopleBuilder(&model).build();
    if (!step(QT_TRANSLATE_NOOP("DemoGenerator", "Generating accounts")))
        return cancelled();
    demo::AccountBuilder(&model).build();
    if (!step(QT_TRANSLATE_NOOP("DemoGenerator", "Generating groups and roles")))
        return cancelled();
    demo::AccessBuilder(&model).build();

    DemoOrganisation organisation;
    organisation.snapshots.reserve(std::size(kSnapshotDaysBack));
    const demo::SnapshotBuilder snapshots(model);
    int ordinal = 0;
    for (qint64 daysBack : kSnapshotDaysBack) {
        if (!step(QT_TRANSLATE_NOOP("DemoGenerator", "Generating snapshots")))
            return cancelled();
        SnapshotData snapshot = snapshots.build(ordinal++, model.asOf - daysBack * kMsPerDay);
        // Quarters are 90–92 days long, so two snapshots 91 days apart can share one.
        if (!organisation.snapshots.empty() && organisation.snapshots.back().info.label == snapshot.info.label)
            snapshot.info.label +=
                QStringLiteral(" (%1)").arg(toDateTime(snapshot.info.takenAt).date().toString(Qt::ISODate));
        organisation.snapshots.push_back(std::move(snapshot));
    }
    if (!step(QT_TRANSLATE_NOOP("DemoGenerator", "Generating audit events")))
        return cancelled();
    organisation.auditEvents = demo::AuditBuilder(model).build();
    if (!reportProgress(progress, kStages, kStages, QCoreApplication::translate("DemoGenerator", "Done")))
        return cancelled();
    return organisation;
}

} // namespace attest
