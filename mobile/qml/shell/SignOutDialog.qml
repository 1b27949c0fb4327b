import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Sign-out with a safety catch: with unsynced edits or unread sync issues it warns with the
// count and signs out only when the user confirms discarding them. Call start().
Dialog {
    id: dialog

    required property AppController controller

    function start() {
        if (dialog.controller.signOut(false))
            return
        dialog.open()
    }

    objectName: "signOutDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 360, 360)
    modal: true
    title: qsTr("Sign out?")
    // A plain card: Material's elevation shadow is a shader the software renderer (offscreen)
    // cannot draw, and with it the whole background would vanish there.
    background: Rectangle {
        radius: 4
        color: dialog.Material.dialogColor
    }

    ColumnLayout {
        width: parent.width
        spacing: 12

        Label {
            objectName: "signOutWarning"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("This device holds %n change(s) that the server has not accepted yet (unsynced edits and sync issues). Signing out deletes them from this device for good.", "", dialog.controller.pendingCount + dialog.controller.issueCount)
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            opacity: 0.7
            text: qsTr("Sync first, or look at the sync issues, to keep them.")
        }
    }

    // Stacked full-width buttons: the destructive one names the count and needs room.
    footer: ColumnLayout {
        spacing: 0
        Button {
            objectName: "confirmSignOutButton"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            text: qsTr("Sign out and discard %n change(s)", "", dialog.controller.pendingCount + dialog.controller.issueCount)
            flat: true
            font.capitalization: Font.MixedCase
            Material.foreground: Material.color(Material.Red)
            onClicked: {
                dialog.close()
                dialog.controller.signOut(true)
            }
        }
        Button {
            objectName: "cancelSignOutButton"
            Layout.fillWidth: true
            Layout.leftMargin: 16
            Layout.rightMargin: 16
            Layout.bottomMargin: 8
            text: qsTr("Keep them")
            flat: true
            font.capitalization: Font.MixedCase
            onClicked: dialog.reject()
        }
    }

    onRejected: dialog.controller.clearError()
}
