import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The customer list with a search field; rows show name, region, lifecycle and an unsynced marker.
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "customerListPage"
    title: qsTr("Customers")

    header: ToolBar {
        Material.background: "white"
        Material.elevation: 2
        TextField {
            objectName: "searchField"
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            placeholderText: qsTr("Search name, phone or region")
            inputMethodHints: Qt.ImhNoPredictiveText
            onTextChanged: customers.filterText = text
        }
    }

    CustomerListModel {
        id: customers
        controller: page.controller
    }

    ListView {
        id: list
        objectName: "customerList"
        anchors.fill: parent
        clip: true
        model: customers

        delegate: ItemDelegate {
            id: row

            required property var model
            readonly property string customerName: model.name

            objectName: "customerDelegate"
            width: ListView.view.width
            onClicked: page.stack.push(Qt.resolvedUrl("CustomerDetailPage.qml"),
                                       { controller: page.controller, stack: page.stack, customerId: row.model.id })

            contentItem: RowLayout {
                spacing: 8
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: row.model.name
                        font.pixelSize: 16
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: [row.model.region, row.model.phone].filter(s => s !== "").join(" · ")
                        font.pixelSize: 13
                        opacity: 0.65
                        elide: Text.ElideRight
                    }
                    Label {
                        objectName: "customerPendingMarker"
                        visible: row.model.pending
                        text: qsTr("not yet synced")
                        font.pixelSize: 12
                        color: Material.color(Material.DeepOrange)
                    }
                }
                LifecycleChip { lifecycle: row.model.lifecycle }
            }
        }

        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: page.controller.syncing ? qsTr("Loading customers…") : qsTr("No customers")
            opacity: 0.6
        }

        ScrollIndicator.vertical: ScrollIndicator {}
    }
}
