import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Headquarters' org tree: units indented by depth with their people (role, active, devices);
// pick a person to move them, deactivate them with a hand-over of their book (a confirm dialog
// says what will happen) or reactivate them; add and move units, add users. Needs a connection.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    property string selectedLogin: ""
    readonly property var selectedUser: {
        const users = directory.users
        for (let i = 0; i < users.length; ++i)
            if (users[i].login === selectedLogin) return users[i]
        return null
    }

    objectName: "orgPage"
    title: qsTr("Organization")

    header: BackHeader {
        onBack: page.stack.pop()
        title: page.title
        subtitle: qsTr("%n unit(s)", "", directory.units.length) + " · " + qsTr("%n user(s)", "", directory.users.length)
    }

    TeamDirectory {
        id: directory
        controller: page.controller
    }

    OrgModel {
        id: org
        objectName: "orgModel"
        controller: page.controller
        onActionDone: (message) => notice.show(message)
    }

    function usersOf(unitId) {
        return directory.users.filter(u => u.unitId === unitId)
    }
    function unitNames() { return directory.units.map(u => u.name) }
    function heirs() {
        return directory.users.filter(u => u.active && u.login !== page.selectedLogin && u.role !== "hq").map(u => u.login)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        // The tree
        ListView {
            id: tree
            objectName: "orgTree"
            Layout.fillHeight: true
            Layout.preferredWidth: page.width * 0.5
            clip: true
            model: directory.units
            delegate: ColumnLayout {
                id: unitRow
                required property var modelData
                width: tree.width
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    leftPadding: 16 + unitRow.modelData.depth * 24
                    topPadding: 10
                    bottomPadding: 4
                    font.bold: true
                    font.pixelSize: 15
                    color: Material.primary
                    text: (unitRow.modelData.depth > 0 ? "└ " : "") + unitRow.modelData.name
                }
                Repeater {
                    model: page.usersOf(unitRow.modelData.id)
                    delegate: ItemDelegate {
                        id: userRow
                        required property var modelData
                        objectName: "orgUser_" + modelData.login
                        Layout.fillWidth: true
                        leftPadding: 32 + unitRow.modelData.depth * 24
                        highlighted: page.selectedLogin === modelData.login
                        onClicked: { page.selectedLogin = modelData.login; org.clearErrors() }
                        contentItem: RowLayout {
                            spacing: 8
                            Label {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                opacity: userRow.modelData.active ? 1 : 0.5
                                text: userRow.modelData.name + "  (" + userRow.modelData.login + ")"
                            }
                            Label { font.pixelSize: 12; opacity: 0.7; text: Labels.role(userRow.modelData.role) }
                            Label {
                                font.pixelSize: 12
                                opacity: 0.7
                                text: qsTr("%n device(s)", "", org.devices[userRow.modelData.login] || 0)
                            }
                            Label {
                                visible: !userRow.modelData.active
                                font.pixelSize: 12
                                color: Material.color(Material.Red)
                                text: qsTr("deactivated")
                            }
                        }
                    }
                }
            }
        }

        Rectangle { Layout.fillHeight: true; implicitWidth: 1; color: Material.color(Material.Grey, Material.Shade300) }

        // The actions
        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            ColumnLayout {
                width: parent.width
                spacing: 6

                Label {
                    objectName: "orgError"
                    Layout.fillWidth: true
                    Layout.margins: 16
                    visible: org.errorString !== ""
                    wrapMode: Text.Wrap
                    color: Material.color(Material.Red)
                    text: org.errorString
                }

                // The selected person
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.margins: 16
                    spacing: 6
                    SectionTitle {
                        text: page.selectedUser ? qsTr("%1 (%2)").arg(page.selectedUser.name).arg(page.selectedUser.login)
                                                : qsTr("Pick a person in the tree")
                    }
                    RowLayout {
                        visible: page.selectedUser !== null
                        Label { text: qsTr("Move to") }
                        ComboBox { id: moveUserUnit; objectName: "moveUserUnit"; Layout.fillWidth: true; model: page.unitNames() }
                        Button {
                            objectName: "moveUserButton"
                            text: qsTr("Move")
                            enabled: !org.busy
                            onClicked: org.moveUser(page.selectedLogin, moveUserUnit.currentText)
                        }
                    }
                    RowLayout {
                        visible: page.selectedUser !== null && page.selectedUser.active
                        Label { text: qsTr("Hand the book to") }
                        ComboBox { id: heir; objectName: "heirBox"; Layout.fillWidth: true; model: page.heirs() }
                        Button {
                            objectName: "deactivateButton"
                            text: qsTr("Deactivate…")
                            enabled: !org.busy
                            Material.foreground: Material.Red
                            onClicked: confirm.open()
                        }
                    }
                    FieldMessage { text: org.errors.heir || "" }
                    Button {
                        objectName: "reactivateButton"
                        visible: page.selectedUser !== null && !page.selectedUser.active
                        text: qsTr("Reactivate")
                        enabled: !org.busy
                        onClicked: org.reactivate(page.selectedLogin)
                    }
                }

                // Units
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.margins: 16
                    spacing: 6
                    SectionTitle { text: qsTr("Add a unit") }
                    RowLayout {
                        TextField { id: unitName; objectName: "unitNameField"; Layout.fillWidth: true; placeholderText: qsTr("Unit name") }
                        Label { text: qsTr("under") }
                        ComboBox { id: unitParent; objectName: "unitParentBox"; Layout.fillWidth: true; model: page.unitNames() }
                        Button {
                            objectName: "addUnitButton"
                            text: qsTr("Add")
                            enabled: !org.busy
                            onClicked: if (org.addUnit(unitName.text, unitParent.currentText)) unitName.clear()
                        }
                    }
                    FieldMessage { text: org.errors.name || "" }
                    SectionTitle { text: qsTr("Move a unit") }
                    RowLayout {
                        ComboBox { id: movedUnit; objectName: "movedUnitBox"; Layout.fillWidth: true; model: page.unitNames() }
                        Label { text: qsTr("under") }
                        ComboBox { id: newParent; objectName: "newParentBox"; Layout.fillWidth: true; model: page.unitNames() }
                        Button {
                            objectName: "moveUnitButton"
                            text: qsTr("Move")
                            enabled: !org.busy
                            onClicked: org.moveUnit(movedUnit.currentText, newParent.currentText)
                        }
                    }
                    FieldMessage { text: org.errors.parent || "" }
                }

                // Users
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.margins: 16
                    spacing: 6
                    SectionTitle { text: qsTr("Add a user") }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        columnSpacing: 8
                        TextField { id: newLogin; objectName: "newLoginField"; Layout.fillWidth: true; placeholderText: qsTr("Login") }
                        TextField { id: newName; objectName: "newNameField"; Layout.fillWidth: true; placeholderText: qsTr("Display name") }
                        FieldMessage { text: org.errors.login || "" }
                        FieldMessage { text: org.errors.displayName || "" }
                        ComboBox {
                            id: newRole
                            objectName: "newRoleBox"
                            Layout.fillWidth: true
                            textRole: "label"
                            valueRole: "value"
                            model: [{value: "rep", label: Labels.role("rep")}, {value: "manager", label: Labels.role("manager")},
                                    {value: "hq", label: Labels.role("hq")}]
                        }
                        ComboBox { id: newUnit; objectName: "newUnitBox"; Layout.fillWidth: true; model: page.unitNames() }
                        TextField {
                            id: newPassword
                            objectName: "newPasswordField"
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            placeholderText: qsTr("Initial password (8 or more characters)")
                        }
                        Button {
                            objectName: "addUserButton"
                            text: qsTr("Add user")
                            enabled: !org.busy
                            onClicked: if (org.addUser(newLogin.text, newRole.currentValue, newUnit.currentText, newName.text, newPassword.text)) {
                                newLogin.clear(); newName.clear(); newPassword.clear()
                            }
                        }
                        FieldMessage { Layout.columnSpan: 2; text: org.errors.password || "" }
                    }
                }
            }
        }
    }

    Dialog {
        id: confirm
        objectName: "handOverDialog"
        anchors.centerIn: parent
        width: Math.min(page.width - 64, 520)
        modal: true
        title: qsTr("Deactivate %1?").arg(page.selectedLogin)
        standardButtons: Dialog.Cancel | Dialog.Ok
        // Drawn here: offscreen, Material's dialog background (an elevation shader) is lost.
        background: Rectangle { color: "white"; radius: 4; border.color: Material.color(Material.Grey, Material.Shade300) }
        Label {
            objectName: "handOverSummary"
            width: parent.width
            wrapMode: Text.Wrap
            text: confirm.visible ? org.handOverSummary(page.selectedLogin, heir.currentText) : ""
        }
        onAccepted: org.deactivate(page.selectedLogin, heir.currentText)
    }

    ToolTip {
        id: notice
        objectName: "orgNotice"
        timeout: 4000
        x: (page.width - width) / 2
        y: page.height - height - 24
        function show(message) { text = message; open() }
    }
}
