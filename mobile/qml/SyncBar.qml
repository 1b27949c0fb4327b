import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Always visible when signed in: who, pending edits, last sync time and result, sync button.
ToolBar {
    id: bar

    required property AppController controller
    required property StackView stack

    objectName: "syncBar"
    // Flat: the elevation shadow is a shader effect the software renderer (offscreen) cannot draw,
    // which would leave white text on no background.
    Material.elevation: 0

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        spacing: 8

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                objectName: "pendingLabel"
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.bold: true
                color: Material.foreground
                text: bar.controller.pendingCount === 0 ? qsTr("All changes synced")
                    : bar.controller.pendingCount === 1 ? qsTr("1 change not yet synced")
                    : qsTr("%1 changes not yet synced").arg(bar.controller.pendingCount)
            }
            Label {
                objectName: "lastSyncLabel"
                Layout.fillWidth: true
                elide: Text.ElideRight
                font.pixelSize: 12
                opacity: 0.85
                color: Material.foreground
                text: {
                    if (bar.controller.syncing)
                        return qsTr("Syncing…")
                    if (bar.controller.lastSyncAt === "")
                        return qsTr("Never synced")
                    const result = bar.controller.lastSyncResult === "ok" ? qsTr("OK") : bar.controller.lastSyncResult
                    const issues = bar.controller.issueCount > 0
                                 ? " · " + qsTr("%1 sync issues").arg(bar.controller.issueCount) : ""
                    return qsTr("Last sync %1: %2").arg(bar.controller.lastSyncAt).arg(result) + issues
                }
            }
        }

        BusyIndicator {
            objectName: "syncBusy"
            visible: bar.controller.syncing
            running: visible
            Layout.preferredWidth: 36
            Layout.preferredHeight: 36
            Material.accent: "white"
        }

        ToolButton {
            objectName: "syncButton"
            text: qsTr("Sync")
            enabled: !bar.controller.syncing
            onClicked: bar.controller.syncNow()
        }

        ToolButton {
            objectName: "menuButton"
            text: "⋮"
            onClicked: menu.open()

            Menu {
                id: menu
                y: parent.height
                MenuItem {
                    text: qsTr("Signed in as %1").arg(bar.controller.userName)
                    enabled: false
                }
                MenuItem {
                    objectName: "syncIssuesItem"
                    text: qsTr("Sync issues")
                    onTriggered: bar.stack.push(Qt.resolvedUrl("SyncIssuesPage.qml"), { controller: bar.controller, stack: bar.stack })
                }
                MenuItem {
                    objectName: "settingsItem"
                    text: qsTr("Settings")
                    onTriggered: bar.stack.push(Qt.resolvedUrl("SettingsPage.qml"), { controller: bar.controller, stack: bar.stack })
                }
                MenuItem {
                    objectName: "signOutItem"
                    text: qsTr("Sign out")
                    onTriggered: if (!bar.controller.signOut(false)) confirmSignOut.open()
                }
            }
        }
    }

    Dialog {
        id: confirmSignOut
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - 32, 360)
        modal: true
        title: qsTr("Sign out?")
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: parent.width
            wrapMode: Text.Wrap
            text: bar.controller.errorString
        }
        onAccepted: bar.controller.signOut(true)
        onRejected: bar.controller.clearError()
    }
}
