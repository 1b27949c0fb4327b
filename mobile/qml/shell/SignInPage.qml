import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Server URL, login and password; shows the error of the last attempt and a busy indicator.
Page {
    id: page

    required property AppController controller

    objectName: "signInPage"
    title: qsTr("Sign in")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 24
        spacing: 4

        Item { Layout.preferredHeight: 32 }

        Label {
            text: qsTr("Field CRM")
            font.pixelSize: 32
            font.bold: true
            color: Material.primary
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Sign in to sync your customers")
            opacity: 0.7
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: 24
        }

        FormLabel { text: qsTr("Server URL") }
        TextField {
            id: serverField
            objectName: "serverField"
            Layout.fillWidth: true
            placeholderText: qsTr("Server URL")
            text: page.controller.serverUrl
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            enabled: !page.controller.signingIn
        }
        FormLabel { text: qsTr("Login") }
        TextField {
            id: loginField
            objectName: "loginField"
            Layout.fillWidth: true
            placeholderText: qsTr("Login")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            enabled: !page.controller.signingIn
            onAccepted: passwordField.forceActiveFocus()
        }
        FormLabel { text: qsTr("Password") }
        TextField {
            id: passwordField
            objectName: "passwordField"
            Layout.fillWidth: true
            placeholderText: qsTr("Password")
            echoMode: TextInput.Password
            enabled: !page.controller.signingIn
            onAccepted: signInButton.clicked()
        }

        Label {
            objectName: "signInError"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.controller.errorString
            color: Material.color(Material.Red)
            wrapMode: Text.Wrap
        }

        // The local data file cannot be used: say what starting afresh means, then do it.
        Label {
            objectName: "brokenReplicaHelp"
            Layout.fillWidth: true
            visible: page.controller.replicaBroken
            text: qsTr("This device's data file is damaged and cannot be used. Your data on the server is safe. "
                       + "Start afresh to keep the damaged file aside (for support) and fetch your data again "
                       + "when you sign in. Changes this device had not yet synced stay in the damaged file.")
            wrapMode: Text.Wrap
        }
        PrimaryButton {
            objectName: "startAfreshButton"
            Layout.fillWidth: true
            visible: page.controller.replicaBroken
            text: qsTr("Start afresh")
            onClicked: page.controller.startAfresh()
        }
        Label {
            objectName: "setAsideNote"
            Layout.fillWidth: true
            visible: page.controller.setAsidePath !== ""
            text: qsTr("The damaged data file was kept as %1. Sign in to fetch your data.").arg(page.controller.setAsidePath)
            opacity: 0.7
            wrapMode: Text.WrapAnywhere
        }

        PrimaryButton {
            id: signInButton
            objectName: "signInButton"
            Layout.fillWidth: true
            text: qsTr("Sign in")
            enabled: !page.controller.signingIn && !page.controller.replicaBroken && loginField.text !== ""
                     && passwordField.text !== ""
            onClicked: page.controller.signIn(serverField.text, loginField.text, passwordField.text)
        }

        BusyIndicator {
            objectName: "signInBusy"
            Layout.alignment: Qt.AlignHCenter
            running: page.controller.signingIn
            visible: running
        }

        Item { Layout.fillHeight: true }

        // The language can be chosen before signing in too (it is a device setting).
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: 8
            Label {
                text: qsTr("Language")
                opacity: 0.7
            }
            ComboBox {
                id: languageBox
                objectName: "signInLanguage"
                Layout.preferredWidth: 220
                model: page.controller.language.choices
                textRole: "label"
                valueRole: "value"
                Component.onCompleted: currentIndex = indexOfValue(page.controller.language.choice)
                onActivated: page.controller.language.choice = currentValue
            }
        }
    }
}
