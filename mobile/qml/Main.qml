import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import CrmMobile

// The window: a stack of pages with the sync bar whenever someone is signed in. The stack's root
// is the sign-in page or the home page (tabs). Every page has `controller` and `stack` and opens
// the next one itself: stack.push(Qt.resolvedUrl("XPage.qml"), {controller, stack, ...}).
ApplicationWindow {
    id: window

    required property AppController controller

    width: 390
    height: 844
    visible: true
    title: qsTr("Field CRM")
    Material.primary: Material.Indigo
    Material.accent: Material.Teal

    header: SyncBar {
        controller: window.controller
        stack: pageStack
        visible: window.controller.signedIn
    }

    StackView {
        id: pageStack
        objectName: "stack"
        anchors.fill: parent
        initialItem: window.controller.signedIn ? homePage : signInPage
    }

    Connections {
        target: window.controller
        function onSessionChanged() {
            const onSignIn = pageStack.currentItem && pageStack.currentItem.objectName === "signInPage"
            if (window.controller.signedIn && onSignIn)
                pageStack.replace(null, homePage)
            else if (!window.controller.signedIn && !onSignIn)
                pageStack.replace(null, signInPage)
        }
    }

    Component {
        id: signInPage
        SignInPage { controller: window.controller }
    }

    Component {
        id: homePage
        HomePage {
            controller: window.controller
            stack: pageStack
        }
    }
}
