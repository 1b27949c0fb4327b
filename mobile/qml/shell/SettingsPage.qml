import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Who is signed in where (and changing the password), this device, the app version, sync now, language, sign out.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "settingsPage"
    title: qsTr("Settings")

    header: BackHeader {
        onBack: page.stack.pop()
        title: page.title
    }

    component SectionTitle: Label {
        Layout.topMargin: 16
        font.pixelSize: 13
        font.bold: true
        color: Material.primary
    }

    Flickable {
        objectName: "settingsFlick"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: column
            x: 16
            y: 8
            width: parent.width - 32
            spacing: 8

            SectionTitle { text: qsTr("Account") }
            FieldRow {
                objectName: "settingsUser"
                label: qsTr("Signed in as")
                value: page.controller.userName
            }
            FieldRow {
                objectName: "settingsRole"
                label: qsTr("Role")
                value: Labels.role(page.controller.role)
            }
            FieldRow {
                objectName: "settingsServer"
                label: qsTr("Server")
                value: page.controller.serverUrl
            }
            Button {
                objectName: "settingsPasswordButton"
                Layout.fillWidth: true
                text: qsTr("Change password…")
                onClicked: page.stack.push(Qt.resolvedUrl("PasswordPage.qml"), { controller: page.controller, stack: page.stack })
            }

            SectionTitle { text: qsTr("Sync") }
            FieldRow {
                objectName: "settingsLastSync"
                label: qsTr("Last sync")
                value: page.controller.lastSyncAt === "" ? qsTr("Never")
                     : page.controller.lastSyncResult === "ok" ? Fmt.dateTime(page.controller.lastSyncAt)
                     : qsTr("%1 (failed: %2)").arg(Fmt.dateTime(page.controller.lastSyncAt)).arg(page.controller.lastSyncResult)
            }
            FieldRow {
                label: qsTr("Connection")
                value: page.controller.online ? qsTr("Online: changes sync by themselves")
                                              : qsTr("Offline: changes are kept on this phone until the server is reachable")
            }
            FieldRow {
                label: qsTr("Waiting to sync")
                value: qsTr("%n change(s)", "", page.controller.pendingCount)
            }
            Button {
                objectName: "settingsSyncButton"
                Layout.fillWidth: true
                text: page.controller.syncing ? qsTr("Syncing…") : qsTr("Sync now")
                enabled: !page.controller.syncing
                onClicked: page.controller.syncNow()
            }

            SectionTitle { text: qsTr("Language") }
            ButtonGroup { id: languageGroup }
            Repeater {
                model: page.controller.language.choices
                delegate: RadioButton {
                    required property var modelData
                    objectName: "language_" + modelData.value
                    Layout.fillWidth: true
                    text: modelData.label
                    checked: page.controller.language.choice === modelData.value
                    ButtonGroup.group: languageGroup
                    onClicked: page.controller.language.choice = modelData.value
                }
            }

            SectionTitle { text: qsTr("This device") }
            FieldRow {
                objectName: "settingsDeviceId"
                label: qsTr("Device ID")
                value: page.controller.deviceId
            }
            FieldRow {
                objectName: "settingsVersion"
                label: qsTr("App version")
                value: page.controller.appVersion
            }

            Button {
                objectName: "settingsSignOutButton"
                Layout.fillWidth: true
                Layout.topMargin: 16
                text: qsTr("Sign out")
                Material.foreground: Material.color(Material.Red)
                onClicked: signOut.start()
            }
        }
    }

    SignOutDialog {
        id: signOut
        controller: page.controller
    }
}
