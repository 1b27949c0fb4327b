import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Always visible when signed in: online state, pending edits, last sync time and result, sync
// issues; a tap on the status opens the sync issues page. Sync button and the menu (issues,
// settings, sign out).
ToolBar {
    id: bar

    required property AppController controller
    required property StackView stack

    objectName: "syncBar"
    // Flat: the elevation shadow is a shader effect the software renderer (offscreen) cannot draw,
    // which would leave white text on no background.
    Material.elevation: 0

    function openPage(file, objectName) {
        if (bar.stack.currentItem && bar.stack.currentItem.objectName === objectName)
            return
        const properties = { controller: bar.controller, stack: bar.stack }
        if (objectName === "revisionsPage") properties.pushed = true
        bar.stack.push(Qt.resolvedUrl(file), properties)
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 12
        spacing: 4

        ItemDelegate {
            objectName: "syncStatusArea"
            Layout.fillWidth: true
            Layout.fillHeight: true
            padding: 0
            onClicked: bar.openPage("SyncIssuesPage.qml", "syncIssuesPage")

            contentItem: RowLayout {
                spacing: 8

                Rectangle {
                    objectName: "onlineIndicator"
                    property bool online: bar.controller.online
                    width: 10
                    height: 10
                    radius: 5
                    color: online ? Material.color(Material.LightGreen, Material.Shade300)
                                  : Material.color(Material.Grey, Material.Shade400)
                    border.color: "white"
                    border.width: 1
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Label {
                        objectName: "pendingLabel"
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.bold: true
                        color: "white"
                        text: bar.controller.pendingCount === 0 ? qsTr("All changes synced")
                            : qsTr("%n change(s) not yet synced", "", bar.controller.pendingCount)
                    }
                    Label {
                        objectName: "lastSyncLabel"
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                        font.pixelSize: 12
                        opacity: 0.85
                        color: "white"
                        text: {
                            if (bar.controller.syncing)
                                return bar.controller.progress.text !== "" ? bar.controller.progress.text : qsTr("Syncing…")
                            if (bar.controller.retryAt !== "")
                                return qsTr("Server busy: next try at %1").arg(Fmt.time(bar.controller.retryAt))
                            if (bar.controller.lastSyncAt === "")
                                return qsTr("Never synced")
                            const when = Fmt.dateTime(bar.controller.lastSyncAt)
                            return bar.controller.lastSyncResult === "ok"
                                    ? qsTr("Synced %1").arg(when)
                                    : qsTr("Sync failed %1: %2").arg(when).arg(bar.controller.lastSyncResult)
                        }
                    }
                }

                Rectangle {
                    objectName: "issuesBadge"
                    visible: bar.controller.issueCount > 0
                    Layout.preferredHeight: 22
                    Layout.preferredWidth: issuesText.implicitWidth + 14
                    radius: 11
                    color: Material.color(Material.Orange)
                    Label {
                        id: issuesText
                        objectName: "issuesLabel"
                        anchors.centerIn: parent
                        color: "white"
                        font.pixelSize: 12
                        font.bold: true
                        text: qsTr("%n issue(s)", "", bar.controller.issueCount)
                    }
                }
            }
        }

        BusyIndicator {
            objectName: "syncBusy"
            visible: bar.controller.syncing
            running: visible
            Layout.preferredWidth: 32
            Layout.preferredHeight: 32
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
                    onTriggered: bar.openPage("SyncIssuesPage.qml", "syncIssuesPage")
                }
                MenuItem {
                    objectName: "revisionsItem"
                    text: bar.controller.role === "rep" ? qsTr("My key-field changes") : qsTr("Revisions")
                    onTriggered: bar.openPage("RevisionsPage.qml", "revisionsPage")
                }
                MenuItem {
                    objectName: "settingsItem"
                    text: qsTr("Settings")
                    onTriggered: bar.openPage("SettingsPage.qml", "settingsPage")
                }
                MenuItem {
                    objectName: "signOutItem"
                    text: qsTr("Sign out")
                    onTriggered: signOut.start()
                }
            }
        }
    }

    // The running sync's progress along the bar's bottom edge (the first sync has its own panel).
    ProgressBar {
        objectName: "syncProgressBar"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        visible: bar.controller.syncing && !bar.controller.progress.initial
        indeterminate: bar.controller.progress.fraction < 0
        value: Math.max(0, bar.controller.progress.fraction)
        Material.accent: "white"
    }

    SignOutDialog {
        id: signOut
        controller: bar.controller
    }
}
