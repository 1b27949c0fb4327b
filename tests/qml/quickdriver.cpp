#include "quickdriver.h"

#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtTest/qtestkeyboard.h>

namespace {

void collect(QQuickItem* item, const QString& objectName, QList<QQuickItem*>& out) {
    if (!item || !item->isVisible()) return;
    if (item->objectName() == objectName) out.append(item);
    const auto children = item->childItems();
    for (QQuickItem* child : children) collect(child, objectName, out);
}

}  // namespace

QList<QQuickItem*> QuickDriver::findAll(const QString& objectName) const {
    QList<QQuickItem*> found;
    collect(m_window->contentItem(), objectName, found);
    return found;
}

QQuickItem* QuickDriver::find(const QString& objectName) const {
    const auto found = findAll(objectName);
    return found.isEmpty() ? nullptr : found.first();
}

QQuickItem* QuickDriver::waitFor(const QString& objectName, int timeoutMs) const {
    QQuickItem* item = nullptr;
    (void)QTest::qWaitFor([&] { return (item = find(objectName)) != nullptr; }, timeoutMs);
    return item;
}

void QuickDriver::click(QQuickItem* item) const {
    const QPoint centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre);
}

void QuickDriver::typeInto(QQuickItem* field, const QString& text) const {
    field->forceActiveFocus(Qt::MouseFocusReason);
    QMetaObject::invokeMethod(field, "selectAll");
    if (text.isEmpty()) {
        QTest::keyClick(m_window, Qt::Key_Delete);
        return;
    }
    // QTest::keyClicks has no QWindow overload in Qt 6.4: one key event per character.
    for (const QChar ch : text) {
        const Qt::Key key = ch.unicode() < 0x80 ? Qt::Key(ch.toUpper().unicode()) : Qt::Key_unknown;
        QTest::sendKeyEvent(QTest::Click, m_window, key, QString(ch), Qt::NoModifier);
    }
}

bool QuickDriver::waitForStackIdle(int timeoutMs) const {
    QQuickItem* stack = find(QStringLiteral("stack"));
    if (!stack) return false;
    return QTest::qWaitFor([&] { return !stack->property("busy").toBool(); }, timeoutMs);
}

bool QuickDriver::screenshot(const QString& path) const {
    QTest::qWait(300);  // let animations (ripples, busy indicators) settle a little
    const QImage image = m_window->grabWindow();
    return !image.isNull() && image.save(path, "PNG");
}
