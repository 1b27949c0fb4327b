// The customer, lead and opportunity models and actions of the app over a real SQLite replica
// file, each list model under QAbstractItemModelTester. No server: records arrive as pulled pages.

#include "customers/customerlistmodel.h"
#include "customers/timelinemodel.h"
#include "deals/opportunityactions.h"
#include "deals/opportunitylistmodel.h"
#include "deals/stagehistorymodel.h"
#include "leads/leadactions.h"
#include "leads/leadduplicates.h"
#include "leads/leadlistmodel.h"
#include "records/recordview.h"
#include "session/appcontroller.h"

#include "cust_seed.h"

#include "crm/sync/replica.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using nlohmann::json;
using namespace cust_seed;

namespace {

/// Whether any row of the model has `value` under `role`.
bool hasRow(const ReplicaListModel& model, const char* role, const QString& value) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.get(row).value(QString::fromLatin1(role)).toString() == value) return true;
    return false;
}

}  // namespace

class CustModelTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void customerSearchAndFilters();
    void customerFacetsFollowTheData();
    void customerValueSegmentFilter();
    void timelineHasVisitsAndComments();
    void leadCaptureValidatesAndLists();
    void leadDuplicatesWhileTyping();
    void qualifyMakesCustomerContactOpportunity();
    void markInvalidNeedsReason();
    void opportunitiesByStageWithSummary();
    void stageMoveWritesHistory();
    void lostNeedsReasonAndTermsAreValidated();
    void newOpportunityForCustomer();

private:
    template <typename T>
    std::unique_ptr<T> make() {
        auto object = std::make_unique<T>();
        object->setController(m_controller.get());
        return object;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<crm::sync::Replica> m_seed;
    std::unique_ptr<AppController> m_controller;
};

void CustModelTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const std::string path = m_dir->filePath(QStringLiteral("replica.sqlite")).toStdString();
    auto opened = crm::sync::Replica::open(path);
    QVERIFY(opened.ok());
    m_seed = std::move(opened.value());
    m_seed->set_session({"http://127.0.0.1:1", "token", {kRep, "rep1", "rep", "", "Rep One"}});
    cust_seed::seedBook(*m_seed);
    m_controller = std::make_unique<AppController>(QString::fromStdString(path), QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(m_controller->signedIn());
}

void CustModelTest::cleanup() {
    m_controller.reset();
    m_seed.reset();
    m_dir.reset();
}

void CustModelTest::customerSearchAndFilters() {
    auto model = make<CustomerListModel>();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->get(0).value("name").toString(), QStringLiteral("Acme GmbH"));
    QCOMPARE(model->data(model->index(0), CustomerListModel::LevelRole).toString(), QStringLiteral("A"));
    QCOMPARE(model->get(0).value("pending").toBool(), false);
    model->setFilterText(QStringLiteral("华联"));  // 2 characters
    QCOMPARE(model->rowCount(), 1);
    model->setFilterText(QStringLiteral("13911112222"));  // the contact's mobile, typed without spaces
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->get(0).value("id").toString(), QString::fromStdString(kAcme));
    model->setFilterText(QStringLiteral("schmidt"));
    QCOMPARE(model->rowCount(), 1);
    model->setFilterText(QString());
    QSignalSpy filters(model.get(), &CustomerListModel::filtersChanged);
    model->setTag(QStringLiteral("vip"));
    QCOMPARE(model->rowCount(), 2);
    model->setLifecycle(QStringLiteral("lost"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->get(0).value("name").toString(), QStringLiteral("Zeta Corp"));
    QCOMPARE(model->activeFilterCount(), 2);
    model->setRegion(QStringLiteral("北京"));
    QCOMPARE(model->rowCount(), 0);
    model->clearFilters();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->activeFilterCount(), 0);
    QCOMPARE(filters.count(), 4);
    model->setLevel(QStringLiteral("B"));
    QCOMPARE(model->rowCount(), 1);
}

void CustModelTest::customerValueSegmentFilter() {
    // Scores and segments come from the server (a rescore): a pulled customer carries them.
    const std::string scored = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e41";
    crm::sync::PullResponse page;
    page.changes.push_back({"customer", scored, 1, false,
                            {{"id", scored}, {"name", "Scored Ltd"}, {"kind", "company"}, {"lifecycle", "active"},
                             {"owner_id", kRep}, {"value_score", 64.5}, {"value_segment", "A"}},
                            {}});
    page.cursor = 1;
    m_controller->replica()->apply_pull(page);
    auto model = make<CustomerListModel>();
    QCOMPARE(model->rowCount(), 4);
    const QVariantList segments = model->facets().value("segment").toList();
    QCOMPARE(segments.size(), 1);  // the unscored ones are no choice
    QCOMPARE(segments.at(0).toMap().value("value").toString(), QStringLiteral("A"));
    model->setSegment(QStringLiteral("A"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->activeFilterCount(), 1);
    QCOMPARE(model->get(0).value("name").toString(), QStringLiteral("Scored Ltd"));
    QCOMPARE(model->get(0).value("segment").toString(), QStringLiteral("A"));
    QCOMPARE(model->get(0).value("valueScore").toDouble(), 64.5);
    model->setSegment(QStringLiteral("B"));
    QCOMPARE(model->rowCount(), 0);
    model->clearFilters();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->get(0).value("name").toString(), QStringLiteral("Acme GmbH"));  // not scored yet
    QVERIFY(!model->get(0).value("valueScore").isValid());
    QCOMPARE(model->get(0).value("segment").toString(), QString());
}

void CustModelTest::customerFacetsFollowTheData() {
    auto model = make<CustomerListModel>();
    const QVariantList tags = model->facets().value("tag").toList();
    QCOMPARE(tags.size(), 2);
    QCOMPARE(tags.at(0).toMap().value("value").toString(), QStringLiteral("vip"));
    QCOMPARE(tags.at(0).toMap().value("count").toInt(), 2);
    QCOMPARE(model->facets().value("lifecycle").toList().size(), 3);
    QSignalSpy facets(model.get(), &CustomerListModel::facetsChanged);
    QVERIFY(m_controller->replica()->update("customer", kHualian, {{"tags", {"retail"}}}).ok());
    m_controller->notifyLocalEdit();
    QCOMPARE(facets.count(), 1);
    QCOMPARE(model->facets().value("tag").toList().at(0).toMap().value("count").toInt(), 2);  // retail: 2 now
    QVERIFY(model->get(0).value("pending").toBool() == false);
    model->setTag(QStringLiteral("retail"));
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(hasRow(*model, "pending", QStringLiteral("true")));
}

void CustModelTest::timelineHasVisitsAndComments() {
    auto model = make<TimelineModel>();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    model->setCustomerId(QString::fromStdString(kAcme));
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->get(0).value("kind").toString(), QStringLiteral("comment"));  // newer
    QCOMPARE(model->get(0).value("visitId").toString(), QString::fromStdString(kVisit));
    QCOMPARE(model->get(0).value("unread").toBool(), true);
    QCOMPARE(model->get(1).value("purpose").toString(), QStringLiteral("Demo"));
    QVERIFY(m_controller->replica()->create("visit", {{"customer_id", kAcme}, {"purpose", "Today"},
                                                      {"check_in_at", "2026-11-22T09:00:00.000Z"}}).ok());
    m_controller->notifyLocalEdit();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->get(0).value("title").toString(), QStringLiteral("Today"));
    QCOMPARE(model->get(0).value("pending").toBool(), true);
    model->setCustomerId(QString::fromStdString(kZeta));
    QCOMPARE(model->rowCount(), 0);
}

void CustModelTest::leadCaptureValidatesAndLists() {
    auto leads = make<LeadListModel>();
    QAbstractItemModelTester tester(leads.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(leads->rowCount(), 2);
    auto actions = make<LeadActions>();
    QCOMPARE(actions->capture({{"phone", "123"}}), QString());  // neither person nor company
    QVERIFY(actions->errors().contains("person_name"));
    QCOMPARE(actions->capture({{"person_name", "Han Meimei"}, {"phone", QString(41, QLatin1Char('1'))}}), QString());
    QVERIFY(actions->errors().value("phone").toString().contains(QLatin1String("40")));
    QCOMPARE(m_controller->pendingCount(), 0);
    const QString id = actions->capture({{"person_name", "Han Meimei"}, {"company_name", "Meimei Trading"},
                                         {"phone", "+86 21 5555 0101"}, {"priority", "high"}, {"source", "fair"}});
    QVERIFY(!id.isEmpty());
    QVERIFY(actions->errors().isEmpty());
    QCOMPARE(leads->rowCount(), 3);
    QCOMPARE(leads->get(0).value("id").toString(), id);  // newest first
    QCOMPARE(leads->get(0).value("status").toString(), QStringLiteral("new"));
    QCOMPARE(leads->get(0).value("pending").toBool(), true);
    leads->setFilterText(QStringLiteral("021 5555 0101"));  // same number, other format
    QCOMPARE(leads->rowCount(), 1);
    leads->setFilterText(QStringLiteral("robotics"));
    QCOMPARE(leads->rowCount(), 1);
}

void CustModelTest::leadDuplicatesWhileTyping() {
    auto dup = make<LeadDuplicates>();
    QCOMPARE(dup->count(), 0);
    dup->setPhone(QStringLiteral("+86 138 0013 8000"));  // the lead's phone
    QCOMPARE(dup->count(), 1);
    QCOMPARE(dup->matches().at(0).toMap().value("entity").toString(), QStringLiteral("lead"));
    QCOMPARE(dup->matches().at(0).toMap().value("samePhone").toBool(), true);
    dup->setPhone(QStringLiteral("139-1111-2222"));  // the contact's mobile
    QCOMPARE(dup->count(), 1);
    QCOMPARE(dup->matches().at(0).toMap().value("entity").toString(), QStringLiteral("contact"));
    QVERIFY(dup->matches().at(0).toMap().value("label").toString().contains(QLatin1String("Acme")));
    dup->setPhone(QString());
    dup->setCompanyName(QStringLiteral("ACME gmbh"));  // the customer, differently written
    QCOMPARE(dup->count(), 1);
    QCOMPARE(dup->matches().at(0).toMap().value("sameCompany").toBool(), true);
    dup->setCompanyName(QStringLiteral("深圳 Robotics"));
    QCOMPARE(dup->count(), 0);
    dup->setCompanyName(QStringLiteral("shenzhen robotics"));  // the lead, without "Co., Ltd."
    QCOMPARE(dup->count(), 1);
    dup->setExcludeId(QStringLiteral("60000000-0000-4000-8000-000000000001"));  // looking at that lead itself
    QCOMPARE(dup->count(), 0);
}

void CustModelTest::qualifyMakesCustomerContactOpportunity() {
    auto actions = make<LeadActions>();
    const QString lead = QStringLiteral("60000000-0000-4000-8000-000000000001");
    const QString customerId = actions->qualify(lead);
    QVERIFY2(!customerId.isEmpty(), qPrintable(actions->errorText()));
    auto& replica = *m_controller->replica();
    const auto customer = replica.find("customer", customerId.toStdString());
    QVERIFY(customer);
    QCOMPARE(QString::fromStdString((*customer)["name"].get<std::string>()), QStringLiteral("Shenzhen Robotics Co., Ltd."));
    QVERIFY((*customer)["owner_id"] == json(kRep));
    QVERIFY(replica.list_where("contact", "customer_id", customerId.toStdString()).at(0)["name"] == json("Li Lei"));
    const auto deals = replica.list_where("opportunity", "customer_id", customerId.toStdString());
    QCOMPARE(deals.size(), std::size_t(1));
    QVERIFY(deals[0]["stage"] == json("discovery"));
    QVERIFY(deals[0]["status"] == json("following"));
    const auto after = *replica.find("lead", lead.toStdString());
    QVERIFY(after["status"] == json("converted"));
    QVERIFY(after["converted_customer_id"] == json(customerId.toStdString()));
    QVERIFY(after["converted_opportunity_id"] == deals[0]["id"]);
    QVERIFY(replica.list_where("opportunity_stage", "opportunity_id", deals[0]["id"]).size() == std::size_t(1));
    QCOMPARE(m_controller->pendingCount(), 5);  // customer, contact, opportunity, its stage record, lead
    QCOMPARE(actions->qualify(lead), QString());  // a converted lead cannot be qualified again
    QVERIFY(!actions->errorText().isEmpty());
    auto leads = make<LeadListModel>();
    QCOMPARE(leads->rowCount(), 1);  // only the other lead is still open
    leads->setStatus(QStringLiteral("converted"));
    QCOMPARE(leads->rowCount(), 1);
}

void CustModelTest::markInvalidNeedsReason() {
    auto actions = make<LeadActions>();
    const QString lead = QStringLiteral("60000000-0000-4000-8000-000000000001");
    QVERIFY(!actions->markInvalid(lead, QStringLiteral("  ")));
    QVERIFY(actions->errors().contains("invalid_reason"));
    QCOMPARE(m_controller->pendingCount(), 0);
    actions->clearError(QStringLiteral("invalid_reason"));
    QVERIFY(actions->errors().isEmpty());
    QVERIFY(actions->markInvalid(lead, QStringLiteral("Wrong number")));
    RecordView view;
    view.setController(m_controller.get());
    view.setEntity(QStringLiteral("lead"));
    view.setRecordId(lead);
    QVERIFY(view.found());
    QVERIFY(view.pending());
    QCOMPARE(view.fields().value("status").toString(), QStringLiteral("invalid"));
    QCOMPARE(view.fields().value("invalid_reason").toString(), QStringLiteral("Wrong number"));
}

void CustModelTest::opportunitiesByStageWithSummary() {
    auto model = make<OpportunityListModel>();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);  // open ones
    QCOMPARE(model->get(0).value("title").toString(), QStringLiteral("Shelving"));  // discovery before proposal
    QCOMPARE(model->get(1).value("customerName").toString(), QStringLiteral("Acme GmbH"));
    QCOMPARE(model->get(1).value("amount").toDouble(), 120000.0);
    QCOMPARE(model->summary().size(), 5);
    QCOMPARE(model->summary().at(2).toMap().value("stage").toString(), QStringLiteral("proposal"));
    QCOMPARE(model->summary().at(2).toMap().value("amount").toDouble(), 120000.0);
    model->setStage(QStringLiteral("proposal"));
    QCOMPARE(model->rowCount(), 1);
    model->setStage(QString());
    model->setStatus(QStringLiteral("lost"));
    QCOMPARE(model->rowCount(), 1);
    model->setStatus(QString());
    model->setCustomerId(QString::fromStdString(kZeta));
    QCOMPARE(model->rowCount(), 2);
}

void CustModelTest::stageMoveWritesHistory() {
    auto actions = make<OpportunityActions>();
    auto history = make<StageHistoryModel>();
    QAbstractItemModelTester tester(history.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    history->setOpportunityId(QString::fromStdString(kDeal));
    QCOMPARE(history->rowCount(), 0);
    QVERIFY(actions->moveStage(QString::fromStdString(kDeal), QStringLiteral("negotiation")));
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->get(0).value("fromStage").toString(), QStringLiteral("proposal"));
    QCOMPARE(history->get(0).value("toStage").toString(), QStringLiteral("negotiation"));
    QCOMPARE(history->get(0).value("toStatus").toString(), QStringLiteral("following"));
    QCOMPARE(history->get(0).value("pending").toBool(), true);
    const auto record = m_controller->replica()->find("opportunity_stage", history->get(0).value("id").toString().toStdString());
    QVERIFY((*record)["changed_by"] == json(kRep));
    QVERIFY(!actions->moveStage(QString::fromStdString(kDeal), QStringLiteral("won-it")));  // not a stage
    QVERIFY(actions->errors().contains("stage"));
    QTest::qWait(5);  // a later changed_at for the next entry
    QVERIFY(actions->setStatus(QString::fromStdString(kDeal), QStringLiteral("on_hold")));
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->get(0).value("toStatus").toString(), QStringLiteral("on_hold"));  // newest first
    QCOMPARE(history->get(0).value("fromStage").toString(), QStringLiteral("negotiation"));
}

void CustModelTest::lostNeedsReasonAndTermsAreValidated() {
    auto actions = make<OpportunityActions>();
    const QString deal = QString::fromStdString(kDeal);
    QVERIFY(!actions->setStatus(deal, QStringLiteral("lost"), QString()));
    QVERIFY(actions->errors().contains("lost_reason"));
    QVERIFY(actions->setStatus(deal, QStringLiteral("lost"), QStringLiteral("Price")));
    auto record = *m_controller->replica()->find("opportunity", kDeal);
    QVERIFY(record["lost_reason"] == json("Price"));
    QVERIFY(!actions->saveTerms(deal, QStringLiteral("lots"), QStringLiteral("2026-02-30")));
    QVERIFY(actions->errors().contains("amount"));
    QVERIFY(actions->errors().contains("expected_close"));
    QVERIFY(!actions->saveTerms(deal, QStringLiteral("-5"), QString()));
    QVERIFY(actions->errors().value("amount").toString().contains(QLatin1Char('0')));
    QVERIFY(actions->saveTerms(deal, QStringLiteral("¥98,500.50"), QString()));
    record = *m_controller->replica()->find("opportunity", kDeal);
    QVERIFY(record["amount"] == json(98500.5));
    QVERIFY(!record.contains("expected_close"));  // cleared
}

void CustModelTest::newOpportunityForCustomer() {
    auto actions = make<OpportunityActions>();
    QCOMPARE(actions->create(QString::fromStdString(kHualian), {{"title", ""}}), QString());
    QVERIFY(actions->errors().contains("title"));
    const QString id = actions->create(QString::fromStdString(kHualian),
                                       {{"title", "收银系统"}, {"amount", "30000"}, {"stage", "qualification"},
                                        {"expected_close", "2027-01-15"}});
    QVERIFY2(!id.isEmpty(), qPrintable(actions->errorText()));
    auto model = make<OpportunityListModel>();
    model->setCustomerId(QString::fromStdString(kHualian));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->get(0).value("stage").toString(), QStringLiteral("qualification"));
    QCOMPARE(model->get(0).value("customerName").toString(), QStringLiteral("北京华联商厦有限公司"));
    QCOMPARE(model->get(0).value("pending").toBool(), true);
    auto history = make<StageHistoryModel>();
    history->setOpportunityId(id);
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->get(0).value("fromStage").toString(), QString());
}

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    CustModelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "cust_model_test.moc"
