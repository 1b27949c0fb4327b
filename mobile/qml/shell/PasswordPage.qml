import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Change the password (from Settings): current, new, repeat. The checks and the call live in
// PasswordChange; the fields are cleared once the server answered.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "passwordPage"
    title: qsTr("Change password")

    header: BackHeader {
        onBack: page.stack.pop()
        title: page.title
    }

    PasswordChange {
        id: change
        controller: page.controller
        onFinished: {
            // Nothing of the passwords stays on the page after the call.
            currentField.clear()
            newField.clear()
            repeatField.clear()
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 32
        clip: true

        ColumnLayout {
            id: column
            x: 16
            y: 16
            width: Math.min(parent.width - 32, 560)
            spacing: 6

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.8
                text: qsTr("Your other devices are signed out when the password changes; this one stays signed in. "
                           + "Changing the password needs a connection to the server.")
            }

            FormLabel { text: qsTr("Current password"); Layout.topMargin: 12 }
            TextField {
                id: currentField
                objectName: "currentPasswordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                enabled: !change.busy
                onAccepted: newField.forceActiveFocus()
            }
            FieldMessage { objectName: "currentPasswordError"; text: change.currentError }

            FormLabel { text: qsTr("New password") }
            TextField {
                id: newField
                objectName: "newPasswordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("At least %n characters", "", change.minLength)
                enabled: !change.busy
                onAccepted: repeatField.forceActiveFocus()
            }
            FieldMessage { objectName: "newPasswordError"; text: change.newError }

            FormLabel { text: qsTr("Repeat the new password") }
            TextField {
                id: repeatField
                objectName: "repeatPasswordField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                enabled: !change.busy
                onAccepted: submitButton.clicked()
            }
            FieldMessage { objectName: "repeatPasswordError"; text: change.repeatError }

            FieldMessage { objectName: "passwordFormError"; text: change.formError; Layout.topMargin: 8 }

            Label {
                objectName: "passwordChangedLabel"
                Layout.fillWidth: true
                Layout.topMargin: 8
                visible: change.done
                wrapMode: Text.Wrap
                color: Material.color(Material.Green, Material.Shade800)
                text: change.otherDevicesSignedOut > 0
                      ? qsTr("Password changed. %n other sign-in(s) of yours were signed out.", "", change.otherDevicesSignedOut)
                      : qsTr("Password changed.")
            }

            PrimaryButton {
                id: submitButton
                objectName: "changePasswordButton"
                Layout.fillWidth: true
                Layout.topMargin: 12
                text: change.busy ? qsTr("Changing…") : qsTr("Change password")
                enabled: !change.busy
                onClicked: change.submit(currentField.text, newField.text, repeatField.text)
            }
        }
    }
}
