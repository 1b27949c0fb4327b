import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A bottom tab with an optional count badge (e.g. unread comments).
TabButton {
    id: button

    property int badge: 0

    font.pixelSize: 13
    font.capitalization: Font.MixedCase
    // Five tabs on a phone: Material's 12 px side padding would cut "Customers" short.
    leftPadding: 2
    rightPadding: 2

    Rectangle {
        objectName: "tabBadge"
        visible: button.badge > 0
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.topMargin: 4
        anchors.rightMargin: 6
        width: Math.max(18, badgeText.implicitWidth + 8)
        height: 18
        radius: 9
        color: Material.color(Material.Red)
        Label {
            id: badgeText
            anchors.centerIn: parent
            text: button.badge > 99 ? "99+" : button.badge
            color: "white"
            font.pixelSize: 11
        }
    }
}
