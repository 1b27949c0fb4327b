import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import CrmMobile

// Everything inside the window: the sync bar whenever someone is signed in, the page stack
// (root: the sign-in page or the home tabs) and the panel of the first sync.
Page {
    id: shell

    required property AppController controller
    /// Opens the settings page on top of home (after a language change rebuilt the shell).
    property bool reopenSettings: false

    objectName: "appShell"

    header: SyncBar {
        controller: shell.controller
        stack: pageStack
        visible: shell.controller.signedIn
    }

    StackView {
        id: pageStack
        objectName: "stack"
        anchors.fill: parent
        initialItem: shell.controller.signedIn ? homePage : signInPage
    }

    InitialSyncPanel {
        anchors.fill: parent
        progress: shell.controller.progress
        visible: shell.controller.signedIn && shell.controller.progress.active && shell.controller.progress.initial
    }

    Component.onCompleted: {
        if (reopenSettings && controller.signedIn)
            pageStack.push(Qt.resolvedUrl("SettingsPage.qml"), { controller: shell.controller, stack: pageStack },
                           StackView.Immediate)
    }

    Connections {
        target: shell.controller
        function onSessionChanged() {
            const onSignIn = pageStack.currentItem && pageStack.currentItem.objectName === "signInPage"
            if (shell.controller.signedIn && onSignIn)
                pageStack.replace(null, homePage)
            else if (!shell.controller.signedIn && !onSignIn)
                pageStack.replace(null, signInPage)
        }
    }

    Component {
        id: signInPage
        SignInPage { controller: shell.controller }
    }

    Component {
        id: homePage
        HomeRoot {
            controller: shell.controller
            stack: pageStack
        }
    }
}
