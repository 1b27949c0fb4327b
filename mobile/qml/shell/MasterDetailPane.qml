import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// A phone list page on the left and, on the right, a stack the list opens its details into
// (the page's `stack`): master-detail without covering the list.
Item {
    id: pane

    required property AppController controller
    property url listPage

    objectName: "masterDetailPane"

    Loader {
        id: list
        objectName: "masterList"
        width: Math.min(460, pane.width * 0.42)
        height: pane.height
        Component.onCompleted: setSource(pane.listPage, { controller: pane.controller, stack: detailStack })
    }
    Rectangle {
        x: list.width
        width: 1
        height: pane.height
        color: Material.color(Material.Grey, Material.Shade300)
    }
    StackView {
        id: detailStack
        objectName: "detailStack"
        x: list.width + 1
        width: pane.width - x
        height: pane.height
        clip: true
        initialItem: Pane {
            Label {
                anchors.centerIn: parent
                text: qsTr("Select an item on the left")
                opacity: 0.5
            }
        }
    }
}
