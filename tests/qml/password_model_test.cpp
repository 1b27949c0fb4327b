// PasswordChange without a server: the checks in the app (nothing is sent on bad input) and how
// each answer of POST /v1/password lands on the form (per field, offline, rate limit, success).

#include "common/waittext.h"
#include "account/passwordchange.h"

#include <QGuiApplication>
#include <QTest>

#include <optional>

class PasswordModelTest : public QObject {
    Q_OBJECT

private:
    /// A model whose sender records the body and keeps the callback for the test to answer.
    struct Recorded {
        PasswordChange model;
        int sent = 0;
        nlohmann::json body;
        ManagementClient::Callback answer;
        Recorded() {
            model.setSender([this](const nlohmann::json& b, ManagementClient::Callback done) {
                ++sent;
                body = b;
                answer = std::move(done);
            });
        }
    };
    static ManagementClient::Reply error(int status, const char* code, int retryAfter = 0) {
        ManagementClient::Reply reply;
        reply.status = status;
        reply.errorCode = QString::fromLatin1(code);
        reply.errorMessage = QStringLiteral("the server's words");
        reply.retryAfterSeconds = retryAfter;
        return reply;
    }

private slots:
    void badInputSendsNothing() {
        struct Case {
            const char* current;
            const char* fresh;
            const char* repeat;
            bool currentError, newError, repeatError;
        };
        const Case cases[] = {
            {"", "", "", true, true, true},
            {"old-password", "", "x", false, true, true},
            {"old-password", "short", "short", false, true, false},             // under 8
            {"old-password", "new-password", "new-passw0rd", false, false, true},  // repeat differs
            {"same-password", "same-password", "same-password", false, true, false},
            {"", "new-password", "new-password", true, false, false},
        };
        for (const Case& c : cases) {
            Recorded r;
            QVERIFY(!r.model.submit(QString::fromUtf8(c.current), QString::fromUtf8(c.fresh), QString::fromUtf8(c.repeat)));
            QCOMPARE(r.sent, 0);
            QCOMPARE(r.model.busy(), false);
            QCOMPARE(!r.model.currentError().isEmpty(), c.currentError);
            QCOMPARE(!r.model.newError().isEmpty(), c.newError);
            QCOMPARE(!r.model.repeatError().isEmpty(), c.repeatError);
        }
        Recorded longOne;
        const QString tooLong(PasswordChange::kMaxLength + 1, QLatin1Char('a'));
        QVERIFY(!longOne.model.submit(QStringLiteral("old-password"), tooLong, tooLong));
        QCOMPARE(longOne.sent, 0);
        // Eight characters of Chinese are 24 bytes: fine (the server counts bytes, at least 8).
        Recorded chinese;
        const QString hanzi = QStringLiteral("长城长城");
        QVERIFY(chinese.model.submit(QStringLiteral("old-password"), hanzi, hanzi));
        QCOMPARE(chinese.sent, 1);
    }

    void goodInputSendsOnceAndSucceeds() {
        Recorded r;
        QVERIFY(r.model.submit(QStringLiteral("old-password"), QStringLiteral("new-password"), QStringLiteral("new-password")));
        QCOMPARE(r.sent, 1);
        QVERIFY(r.body == (nlohmann::json{{"current_password", "old-password"}, {"new_password", "new-password"}}));
        QVERIFY(r.model.busy());
        QVERIFY(!r.model.submit(QStringLiteral("old-password"), QStringLiteral("new-password"), QStringLiteral("new-password")));
        QCOMPARE(r.sent, 1);  // no second call while one runs
        ManagementClient::Reply ok;
        ok.status = 200;
        ok.body = {{"status", "changed"}, {"tokens_revoked", 2}};
        r.answer(ok);
        QVERIFY(!r.model.busy());
        QVERIFY(r.model.done());
        QCOMPARE(r.model.otherDevicesSignedOut(), 2);
        QVERIFY(r.model.formError().isEmpty());
    }

    void answersLandOnTheirField() {
        {
            Recorded r;
            QVERIFY(r.model.submit(QStringLiteral("old-password"), QStringLiteral("new-password"), QStringLiteral("new-password")));
            r.answer(error(403, "wrong_password"));
            QVERIFY(!r.model.currentError().isEmpty());
            QVERIFY(r.model.newError().isEmpty());
            QVERIFY(!r.model.done());
        }
        {
            Recorded r;
            QVERIFY(r.model.submit(QStringLiteral("old-password"), QStringLiteral("new-password"), QStringLiteral("new-password")));
            r.answer(error(429, "too_many_attempts", 840));
            QVERIFY2(r.model.formError().contains(QStringLiteral("14 minute")), qPrintable(r.model.formError()));
        }
        {
            Recorded r;
            QVERIFY(r.model.submit(QStringLiteral("old-password"), QStringLiteral("new-password"), QStringLiteral("new-password")));
            r.answer(error(0, "unreachable"));
            QVERIFY2(r.model.formError().contains(QStringLiteral("needs the server")), qPrintable(r.model.formError()));
            QVERIFY(!r.model.done());
        }
        {
            Recorded r;
            QVERIFY(r.model.submit(QStringLiteral("old-password"), QStringLiteral("new-password"), QStringLiteral("new-password")));
            r.answer(error(400, "weak_password"));
            QVERIFY(!r.model.newError().isEmpty());
        }
    }

    void waitTexts() {
        // Without the app's translations the plural stays "second(s)": compare the start.
        QVERIFY(waitText(2).startsWith(QStringLiteral("2 second")));
        QVERIFY(waitText(89).startsWith(QStringLiteral("89 second")));
        QVERIFY(waitText(90).startsWith(QStringLiteral("2 minute")));
        QVERIFY(waitText(900).startsWith(QStringLiteral("15 minute")));
    }
};

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    PasswordModelTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "password_model_test.moc"
