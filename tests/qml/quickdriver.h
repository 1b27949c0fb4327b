#pragma once
// Drives a QQuickWindow like a user in tests: finds items by objectName, clicks, types, grabs.

#include <QList>
#include <QString>

class QQuickItem;
class QQuickWindow;

class QuickDriver {
public:
    explicit QuickDriver(QQuickWindow* window) : m_window(window) {}

    /// Every visible item below the window's root with this objectName, in tree order.
    QList<QQuickItem*> findAll(const QString& objectName) const;
    /// The first visible item with this objectName, or nullptr.
    QQuickItem* find(const QString& objectName) const;
    /// Waits (up to timeoutMs) until a visible item with this objectName exists.
    QQuickItem* waitFor(const QString& objectName, int timeoutMs = 10000) const;
    /// Presses and releases the left mouse button in the middle of the item.
    void click(QQuickItem* item) const;
    /// Focuses a text field, selects what it holds and types text over it.
    void typeInto(QQuickItem* field, const QString& text) const;
    /// Waits until the StackView named "stack" has finished its transition.
    bool waitForStackIdle(int timeoutMs = 10000) const;
    /// Saves the window's content as a PNG; false when grabbing or writing failed.
    bool screenshot(const QString& path) const;

private:
    QQuickWindow* m_window;
};
