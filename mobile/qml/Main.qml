import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import CrmMobile

// The window: a stack of pages, and the sync bar whenever someone is signed in.
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
        visible: window.controller.signedIn
    }

    StackView {
        id: stack
        objectName: "stack"
        anchors.fill: parent
        initialItem: window.controller.signedIn ? customerListPage : signInPage
    }

    Connections {
        target: window.controller
        function onSessionChanged() {
            const onSignIn = stack.currentItem && stack.currentItem.objectName === "signInPage"
            if (window.controller.signedIn && onSignIn)
                stack.replace(null, customerListPage)
            else if (!window.controller.signedIn && !onSignIn)
                stack.replace(null, signInPage)
        }
    }

    Component {
        id: signInPage
        SignInPage { controller: window.controller }
    }

    Component {
        id: customerListPage
        CustomerListPage {
            controller: window.controller
            onCustomerChosen: customerId => stack.push(customerDetailPage, { customerId: customerId })
        }
    }

    Component {
        id: customerDetailPage
        CustomerDetailPage {
            controller: window.controller
            onBack: stack.pop()
            onRecordVisit: (customerId, customerName) =>
                stack.push(visitFormPage, { customerId: customerId, customerName: customerName })
        }
    }

    Component {
        id: visitFormPage
        VisitFormPage {
            controller: window.controller
            onDone: stack.pop()
        }
    }
}
