import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Management reports (manager / hq; computed by the server over the caller's scope): the sales
// funnel, check-ins per rep per week, the customer lifecycle and targets vs actual, for a period
// and an optional team / person. Offline it shows the last figures fetched for the same query,
// with their time. Charts are plain Rectangles (no QtCharts).
Page {
    id: page

    required property AppController controller
    required property StackView stack

    objectName: "reportsPage"
    title: qsTr("Reports")

    header: BackHeader {
        onBack: page.stack.pop()
        title: page.title
        ToolButton {
            objectName: "refreshReportsButton"
            text: qsTr("Refresh")
            enabled: !reports.loading
            onClicked: reports.refresh()
        }
    }

    ReportsModel {
        id: reports
        objectName: "reportsModel"
        controller: page.controller
        onQueryChanged: refreshTimer.restart()
        onTargetSaved: (ok, message) => targetDialog.result(ok, message)
    }
    // Several filter changes in a row make one fetch.
    Timer { id: refreshTimer; interval: 150; onTriggered: reports.refresh() }
    Component.onCompleted: reports.refresh()

    TeamDirectory {
        id: team
        controller: page.controller
    }

    TargetDialog {
        id: targetDialog
        model: reports
        directory: team
        anchors.centerIn: Overlay.overlay
    }

    function percent(rate) {
        return rate === undefined || rate === null ? "–" : qsTr("%1%").arg((rate * 100).toFixed(1))
    }
    function money(amount) { return Number(amount).toLocaleString(Qt.locale(), "f", 0) }
    function barLabel(key) {
        switch (key) {
        case "lead_created": return qsTr("Leads")
        case "lead_qualified": return qsTr("Qualified")
        case "lead_converted": return qsTr("Converted")
        case "won": return qsTr("Won")
        default: return CodeLabels.stage(key)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Period and filters.
        Pane {
            Layout.fillWidth: true
            Material.elevation: 1
            RowLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 6
                Repeater {
                    model: [
                        { key: "this_month", text: qsTr("This month") },
                        { key: "last_month", text: qsTr("Last month") },
                        { key: "quarter", text: qsTr("This quarter") },
                        { key: "custom", text: qsTr("Custom") }
                    ]
                    delegate: ChoiceChip {
                        required property var modelData
                        objectName: "period_" + modelData.key
                        text: modelData.text
                        checked: reports.period === modelData.key
                        onClicked: reports.period = modelData.key
                    }
                }
                TextField {
                    objectName: "fromField"
                    visible: reports.period === "custom"
                    Layout.preferredWidth: 120
                    placeholderText: qsTr("From")
                    text: reports.from
                    inputMask: "9999-99-99"
                    onEditingFinished: reports.from = text
                }
                TextField {
                    objectName: "toField"
                    visible: reports.period === "custom"
                    Layout.preferredWidth: 120
                    placeholderText: qsTr("To (exclusive)")
                    text: reports.to
                    inputMask: "9999-99-99"
                    onEditingFinished: reports.to = text
                }
                Item { Layout.fillWidth: true }
                ComboBox {
                    objectName: "unitFilter"
                    Layout.preferredWidth: 200
                    visible: page.controller.role === "hq" || team.units.length > 1
                    textRole: "name"
                    valueRole: "id"
                    model: [{ id: "", name: qsTr("All teams") }].concat(team.units)
                    onActivated: { reports.userId = ""; reports.unitId = currentValue }
                }
                ComboBox {
                    objectName: "personFilter"
                    Layout.preferredWidth: 200
                    textRole: "label"
                    valueRole: "id"
                    model: [{ id: "", label: qsTr("Everyone") }].concat(
                        (reports.unitId === "" ? team.users : team.usersWithin(reports.unitId))
                            .map(u => ({ id: u.id, label: u.display_name !== "" ? u.display_name : u.login })))
                    onActivated: reports.userId = currentValue
                }
            }
        }

        Label {
            objectName: "reportsStatus"
            Layout.fillWidth: true
            Layout.margins: 8
            wrapMode: Text.Wrap
            color: reports.error !== "" ? Material.color(Material.DeepOrange) : Material.foreground
            opacity: reports.error !== "" ? 1 : 0.7
            text: reports.loading ? qsTr("Loading the reports…")
                : reports.error !== "" && reports.fromCache ? qsTr("Offline: figures of %1 (%2)").arg(reports.fetchedAt).arg(reports.error)
                : reports.error !== "" ? reports.error
                : qsTr("%1 – %2, figures of %3").arg(reports.from).arg(reports.to).arg(reports.fetchedAt)
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            visible: reports.hasFigures

            GridLayout {
                id: grid
                // equal columns whatever the cards hold
                readonly property real cardWidth: (width - (columns - 1) * columnSpacing) / columns
                width: parent.width
                columns: page.width > 900 ? 2 : 1
                columnSpacing: 12
                rowSpacing: 12

                // The funnel: horizontal bars, conversion from the previous step on the right.
                ReportCard {
                    title: qsTr("Sales funnel")
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cardWidth
                    Layout.alignment: Qt.AlignTop
                    Repeater {
                        model: reports.funnelBars
                        delegate: RowLayout {
                            required property var modelData
                            objectName: "funnelBar_" + modelData.key
                            width: parent ? parent.width : 0
                            spacing: 8
                            Label { text: page.barLabel(modelData.key); Layout.preferredWidth: 90; elide: Text.ElideRight }
                            Item {
                                Layout.fillWidth: true
                                implicitHeight: 22
                                Rectangle {
                                    id: bar
                                    width: Math.max(2, parent.width * modelData.fraction)
                                    height: parent.height
                                    radius: 3
                                    color: modelData.key.startsWith("lead_") ? Material.color(Material.Orange)
                                        : modelData.key === "won" ? Material.color(Material.Green)
                                        : Material.color(Material.Indigo)
                                    opacity: 0.8
                                }
                                Label {  // inside a wide bar, after a narrow one
                                    id: barText
                                    readonly property bool inside: implicitWidth + 12 < bar.width
                                    anchors.verticalCenter: parent.verticalCenter
                                    x: inside ? 6 : bar.width + 6
                                    text: modelData.amount >= 0 ? qsTr("%1 · ¥%2").arg(modelData.count).arg(page.money(modelData.amount))
                                                                 : String(modelData.count)
                                    font.pixelSize: 12
                                    color: inside ? "white" : Material.foreground
                                }
                            }
                            Label {
                                Layout.preferredWidth: 60
                                horizontalAlignment: Text.AlignRight
                                text: page.percent(modelData.rate)
                                opacity: 0.8
                            }
                        }
                    }
                    Label {
                        text: qsTr("Lead → opportunity %1 · opportunity → won %2")
                            .arg(page.percent(reports.funnel.lead_to_opportunity))
                            .arg(page.percent(reports.funnel.opportunity_to_won))
                        font.pixelSize: 12
                        opacity: 0.7
                    }
                }

                // Lifecycle tiles.
                ReportCard {
                    title: qsTr("Customer lifecycle")
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cardWidth
                    Layout.alignment: Qt.AlignTop
                    GridLayout {
                        width: parent.width
                        columns: 4
                        Repeater {
                            model: [
                                { key: "potential", text: qsTr("Potential") },
                                { key: "new", text: qsTr("New") },
                                { key: "retained", text: qsTr("Retained") },
                                { key: "won_back", text: qsTr("Won back") },
                                { key: "active", text: qsTr("Active") },
                                { key: "lost", text: qsTr("Lost") },
                                { key: "all_customers", text: qsTr("All customers") },
                                { key: "new_repurchased", text: qsTr("New, bought again") }
                            ]
                            delegate: ReportTile {
                                required property var modelData
                                objectName: "lifecycleTile_" + modelData.key
                                Layout.fillWidth: true
                                caption: modelData.text
                                value: String((reports.lifecycle.counts ?? {})[modelData.key] ?? "–")
                            }
                        }
                        Repeater {
                            model: [
                                { key: "conversion", text: qsTr("Conversion") },
                                { key: "retention", text: qsTr("Retention") },
                                { key: "churn", text: qsTr("Churn") },
                                { key: "new_repurchase", text: qsTr("Repurchase (new)") }
                            ]
                            delegate: ReportTile {
                                required property var modelData
                                objectName: "lifecycleRate_" + modelData.key
                                Layout.fillWidth: true
                                caption: modelData.text
                                value: page.percent((reports.lifecycle.rates ?? {})[modelData.key])
                                accent: true
                            }
                        }
                    }
                }

                // Check-ins per rep per week: grouped bars, one group per rep, one bar per week.
                ReportCard {
                    title: qsTr("Check-ins per rep per week")
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cardWidth
                    Layout.alignment: Qt.AlignTop
                    Label {
                        visible: (reports.visitsChart.reps ?? []).length === 0
                        text: qsTr("No check-ins in this period")
                        opacity: 0.6
                    }
                    Repeater {
                        model: reports.visitsChart.reps ?? []
                        delegate: RowLayout {
                            id: repRow
                            required property var modelData
                            objectName: "visitsRep_" + modelData.login
                            width: parent ? parent.width : 0
                            spacing: 8
                            Label { text: repRow.modelData.name !== "" ? repRow.modelData.name : repRow.modelData.login; Layout.preferredWidth: 130; elide: Text.ElideRight }
                            Row {
                                Layout.fillWidth: true
                                spacing: 3
                                Repeater {
                                    model: repRow.modelData.counts
                                    delegate: Item {
                                        required property int index
                                        required property var modelData
                                        width: 22
                                        height: 60
                                        Rectangle {  // all check-ins of the week; the verified part darker
                                            anchors.bottom: parent.bottom
                                            width: parent.width
                                            height: parent.height * modelData / reports.visitsChart.max
                                            color: Material.color(Material.Teal, Material.Shade200)
                                            Rectangle {
                                                anchors.bottom: parent.bottom
                                                width: parent.width
                                                height: modelData > 0 ? parent.height * repRow.modelData.verified[index] / modelData : 0
                                                color: Material.color(Material.Teal)
                                            }
                                        }
                                        Label {
                                            anchors.horizontalCenter: parent.horizontalCenter
                                            anchors.bottom: parent.bottom
                                            anchors.bottomMargin: 2
                                            text: modelData > 0 ? String(modelData) : ""
                                            font.pixelSize: 10
                                            color: "white"
                                        }
                                    }
                                }
                            }
                            Label {
                                text: qsTr("%1 total").arg(repRow.modelData.total)
                                opacity: 0.7
                            }
                        }
                    }
                    Label {
                        visible: (reports.visitsChart.weeks ?? []).length > 0
                        text: qsTr("Weeks %1 … %2; dark: verified check-ins")
                            .arg((reports.visitsChart.weeks ?? [""])[0])
                            .arg((reports.visitsChart.weeks ?? [""]).slice(-1)[0])
                        font.pixelSize: 12
                        opacity: 0.7
                    }
                }

                // Targets vs actual: progress bars.
                ReportCard {
                    title: qsTr("Targets %1").arg(reports.month)
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cardWidth
                    Layout.alignment: Qt.AlignTop
                    Label {
                        visible: reports.targets.length === 0
                        text: qsTr("No targets for this month")
                        opacity: 0.6
                    }
                    Repeater {
                        model: reports.targets
                        delegate: ColumnLayout {
                            required property var modelData
                            objectName: "target_" + modelData.subject_name + "_" + modelData.metric
                            width: parent ? parent.width : 0
                            spacing: 2
                            Label {
                                text: qsTr("%1 — %2: %3 of %4")
                                    .arg(modelData.subject_name).arg(targetDialog.metricLabel(modelData.metric))
                                    .arg(page.money(modelData.actual)).arg(page.money(modelData.target))
                            }
                            ProgressBar {
                                Layout.fillWidth: true
                                from: 0
                                to: 1
                                value: Math.min(1, modelData.progress ?? 0)
                            }
                        }
                    }
                    Button {
                        objectName: "setTargetButton"
                        text: qsTr("Set a target…")
                        visible: page.controller.role !== "rep"
                        onClicked: targetDialog.open()
                    }
                }
            }
        }
    }
}
