#include "testregistry.h"

#include "reviewitemmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>
#include <QTextDocument>

using namespace attest;

namespace {

// n items over `people` identities and `reviewers` reviewers, every 7th privileged, every 5th
// recommended for revocation; reviewers and identities appended in reverse so sorting shows.
review::Loaded makeCampaign(std::size_t n, int people, int reviewers, const QString& lastEntitlement = {})
{
    auto items = std::make_shared<ReviewItemTable>();
    items->reserve(n);
    ReviewItemTable::Record r{};
    const quint32 empty = items->intern(QString());
    std::fill(std::begin(r.text), std::end(r.text), empty);
    std::vector<quint32> personIds;
    std::vector<quint32> reviewerIds;
    for (int p = 0; p < people; ++p)
        personIds.push_back(items->intern(QStringLiteral("Person %1").arg(people - p, 6, 10, QLatin1Char('0'))));
    for (int v = 0; v < reviewers; ++v)
        reviewerIds.push_back(items->intern(QStringLiteral("Reviewer %1").arg(reviewers - v, 4, 10, QLatin1Char('0'))));
    const quint32 entitlement = items->intern(QStringLiteral("VPN Users"));
    const quint32 last = lastEntitlement.isEmpty() ? entitlement : items->intern(lastEntitlement);
    for (std::size_t i = 0; i < n; ++i) {
        r.text[ReviewItemTable::IdentityName] = personIds[i % std::size_t(people)];
        r.text[ReviewItemTable::ReviewerName] = reviewerIds[(i / 3) % std::size_t(reviewers)];
        r.text[ReviewItemTable::Reviewer] = r.text[ReviewItemTable::ReviewerName];
        r.text[ReviewItemTable::EntitlementName] = i + 1 == n ? last : entitlement;
        r.lastLogon = kNoTime;
        r.peerPercent = int(i % 101);
        r.recommendation = i % 5 == 0 ? Recommendation::Revoke : Recommendation::Approve;
        r.relation = ReviewerRelation::Named;
        r.privileged = i % 7 == 0;
        r.accountEnabled = true;
        items->append(r);
    }
    items->finishBuilding();
    review::Loaded loaded;
    loaded.campaign.id = 1;
    loaded.campaign.definition.name = QStringLiteral("Synthetic");
    loaded.campaign.definition.due = QDateTime::currentMSecsSinceEpoch() + 86400000;
    loaded.campaign.itemCount = qint64(n);
    loaded.items = items;
    loaded.state = CampaignState(loaded.campaign, items.get());
    return loaded;
}

} // namespace

class TestReviewItemModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toolTipsShowDirectoryDataLiterally()
    {
        // A group name with markup in it reads as those characters: never an image, never a link.
        ReviewItemModel model;
        model.setCampaign(makeCampaign(3, 1, 1, QStringLiteral("<img src=x> & <b>Admins</b>")),
                          QDateTime::currentMSecsSinceEpoch());
        bool found = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ReviewItemModel::EntitlementColumn);
            if (!index.data().toString().startsWith(QLatin1String("<img")))
                continue;
            found = true;
            const QString tip = index.data(Qt::ToolTipRole).toString();
            QVERIFY2(!tip.contains(QLatin1String("<img")) && !tip.contains(QLatin1String("<b>")), qPrintable(tip));
            QVERIFY2(tip.contains(QLatin1String("&lt;img src=x&gt; &amp; &lt;b&gt;Admins&lt;/b&gt;")), qPrintable(tip));
            QVERIFY(Qt::mightBeRichText(tip)); // rendered as our markup, so the escaped text shows literally
        }
        QVERIFY(found);
    }

    void undecidedItemsAreCountedAsDecisionsArrive()
    {
        review::Loaded loaded = makeCampaign(30, 5, 2);
        CampaignState& state = loaded.state;
        const QString reviewer = state.reviewerOf(0);
        qint64 reviewerItems = 0;
        for (std::size_t i = 0; i < state.size(); ++i)
            reviewerItems += state.reviewerOf(i) == reviewer ? 1 : 0;
        QCOMPARE(state.undecidedCount(), 30);
        QCOMPARE(state.undecidedCount(reviewer), reviewerItems);
        qint64 id = 0;
        const auto decide = [&](quint32 item, Decision decision) {
            DecisionRecord r;
            r.id = ++id;
            r.item = item;
            r.decision = decision;
            r.by = state.reviewerOf(item);
            r.time = 1000 + id;
            state.apply(r);
        };
        decide(0, Decision::Approve);
        decide(1, Decision::DontKnow); // not undecided either: answered
        decide(2, Decision::Revoke);
        decide(2, Decision::Approve); // changed, still one item
        QCOMPARE(state.undecidedCount(), 27);
        qint64 left = 0;
        for (std::size_t i = 0; i < state.size(); ++i)
            left += state.reviewerOf(i) == reviewer && state.state(i).decision == Decision::None ? 1 : 0;
        QCOMPARE(state.undecidedCount(reviewer), left);
        QCOMPARE(state.undecidedCount(QStringLiteral("nobody")), 0);
    }

    void sortedByReviewerThenIdentityAndFiltered()
    {
        ReviewItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCampaign(makeCampaign(300, 20, 4), QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.columnCount(), int(ReviewItemModel::ColumnCount));
        for (int row = 1; row < model.rowCount(); ++row) {
            const QString a = model.index(row - 1, ReviewItemModel::ReviewerColumn).data().toString() +
                              model.index(row - 1, ReviewItemModel::IdentityColumn).data().toString();
            const QString b = model.index(row, ReviewItemModel::ReviewerColumn).data().toString() +
                              model.index(row, ReviewItemModel::IdentityColumn).data().toString();
            QVERIFY2(a <= b, qPrintable(a + QStringLiteral(" > ") + b));
        }
        model.setFilters(ReviewItemModel::PrivilegedOnly, QString());
        QCOMPARE(model.rowCount(), 43); // 0, 7, …, 294
        model.setFilters(ReviewItemModel::RecommendedRevokeOnly | ReviewItemModel::PrivilegedOnly, QString());
        QCOMPARE(model.rowCount(), 9); // multiples of 35 below 300
        QCOMPARE(model.index(0, ReviewItemModel::RecommendationColumn).data().toString(), QStringLiteral("Revoke"));
        model.setFilters(ReviewItemModel::UndecidedOnly, QStringLiteral("Reviewer 0001"));
        QCOMPARE(model.rowCount(), 75);
        QCOMPARE(model.rowOf(model.itemAt(3)), 3);
    }

    void aMillionItemsOpenQuickly()
    {
        review::Loaded loaded = makeCampaign(1000000, 50000, 2000);
        ReviewItemModel model;
        QElapsedTimer timer;
        timer.start();
        model.setCampaign(std::move(loaded), QDateTime::currentMSecsSinceEpoch());
        const qint64 elapsed = timer.elapsed();
        qInfo("1,000,000 items sorted and shown in %lld ms", elapsed);
        QCOMPARE(model.rowCount(), 1000000);
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        timer.restart();
        model.setFilters(ReviewItemModel::UndecidedOnly | ReviewItemModel::PrivilegedOnly, QString());
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(model.rowCount(), 142858);
        QVERIFY(!model.index(999, ReviewItemModel::IdentityColumn).data().toString().isEmpty());
    }
};

ATTEST_REGISTER_TEST(TestReviewItemModel, "reviewitemmodel")
#include "tst_reviewitemmodel.moc"
