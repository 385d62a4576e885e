#!/usr/bin/env python3
"""Writes processes/congress-election.bpmn: the model and its diagram from one table (edit here, run, commit both)."""
import os

L = '${congressElectionTaskListener}'
UNIT, UPPER = '${electoralUnitId}', '${upperCommitteeId}'
COUNTERS = '${conference.counterList(electionId)}'
SCRUTINEERS = '${conference.scrutineerList(electionId)}'

# id: (kind, name, x, y, attrs)
nodes = [
  ('StartEvent_PreliminaryCandidatesApproved', 'start', '代表候选人预备人选已获批准', 80, 200, {}),
  ('ServiceTask_PrepareConference', 'service', '确定办理单位（选举单位、上级党委）', 160, 200, {'delegate': '${prepareConferenceDelegate}'}),
  ('Task_NominateUpperCandidates', 'user', '上级党委提名代表候选人，确定正式候选人名单', 310, 200, {'group': UPPER, 'form': 'congress-upper-nominees'}),
  ('Task_PrepareConference', 'user', '大会通过选举办法，推选监票人、确定计票人，介绍候选人', 460, 200, {'group': UNIT, 'form': 'congress-preparation'}),
  ('Gateway_RoundDue', 'xor', '', 610, 200, {}),
  ('Task_IssueBallots', 'user', '清点到会人数，发放选票', 700, 200, {'group': UNIT, 'form': 'congress-issue-ballots'}),
  ('Task_RecordBallotsReturned', 'user', '收回选票，核对张数', 850, 200, {'group': UNIT, 'form': 'congress-ballots-returned'}),
  ('Gateway_BallotsReturnedValid', 'xor', '收回选票不多于发出选票？', 1000, 200, {}),
  ('Gateway_SplitCount', 'and', '', 1090, 200, {}),
  ('Task_EnterFirstCount', 'user', '计票人录入计票结果（第一份）', 1180, 100, {'users': COUNTERS, 'form': 'congress-count-entry'}),
  ('Task_EnterSecondCount', 'user', '计票人录入计票结果（第二份）', 1180, 300, {'users': COUNTERS, 'form': 'congress-count-entry'}),
  ('Gateway_JoinCount', 'and', '', 1330, 200, {}),
  ('Task_ConfirmCount', 'user', '监票人核对并确认计票结果', 1420, 200, {'users': SCRUTINEERS, 'form': 'congress-confirm-count'}),
  ('Gateway_RoundOutcome', 'xor', '选举结果？', 1570, 200, {}),
  ('Task_DecideUnfilledSeats', 'user', '名额未选足：大会决定另行选举或减少名额', 1545, 380, {'group': UNIT, 'form': 'congress-unfilled-seats'}),
  ('Gateway_SeatsGivenUp', 'xor', '减少名额？', 1720, 395, {}),
  ('Gateway_ResultsComplete', 'xor', '', 1720, 200, {}),
  ('Task_FileResults', 'user', '向上级党委报送选举结果报告、代表名册和登记表', 1810, 200, {'group': UNIT, 'form': 'congress-file-results'}),
  ('ServiceTask_AnnounceResults', 'service', '五必知：通报选举结果', 1960, 200, {'delegate': '${announceResultsDelegate}'}),
  ('Task_ReviewCredentials', 'user', '上级党代会代表资格审查委员会审查代表资格', 2110, 200, {'group': UPPER, 'form': 'congress-credentials'}),
  ('Gateway_DelegatesConfirmed', 'xor', '代表资格全部有效？', 2260, 200, {}),
  ('End_DelegatesConfirmed', 'end', '代表资格已确认', 2350, 200, {}),
]
# id, source, target, name, condition, via (list of points between) or None
flows = [
  ('Flow_ToPrepareConference', 'StartEvent_PreliminaryCandidatesApproved', 'ServiceTask_PrepareConference', '', None, None),
  ('Flow_ToNominateUpper', 'ServiceTask_PrepareConference', 'Task_NominateUpperCandidates', '', None, None),
  ('Flow_ToPrepareVote', 'Task_NominateUpperCandidates', 'Task_PrepareConference', '', None, None),
  ('Flow_ToFirstRound', 'Task_PrepareConference', 'Gateway_RoundDue', '', None, None),
  ('Flow_ToIssueBallots', 'Gateway_RoundDue', 'Task_IssueBallots', '', None, None),
  ('Flow_ToBallotsReturned', 'Task_IssueBallots', 'Task_RecordBallotsReturned', '', None, None),
  ('Flow_ToBallotsReturnedValid', 'Task_RecordBallotsReturned', 'Gateway_BallotsReturnedValid', '', None, None),
  ('Flow_RoundVoid', 'Gateway_BallotsReturnedValid', 'Gateway_RoundDue', '无效，重新投票', '${roundVoid}', [(1025, 60), (635, 60)]),
  ('Flow_RoundValid', 'Gateway_BallotsReturnedValid', 'Gateway_SplitCount', '有效', '${!roundVoid}', None),
  ('Flow_ToFirstCount', 'Gateway_SplitCount', 'Task_EnterFirstCount', '', None, [(1115, 140)]),
  ('Flow_ToSecondCount', 'Gateway_SplitCount', 'Task_EnterSecondCount', '', None, [(1115, 340)]),
  ('Flow_FirstCounted', 'Task_EnterFirstCount', 'Gateway_JoinCount', '', None, [(1355, 140)]),
  ('Flow_SecondCounted', 'Task_EnterSecondCount', 'Gateway_JoinCount', '', None, [(1355, 340)]),
  ('Flow_ToConfirmCount', 'Gateway_JoinCount', 'Task_ConfirmCount', '', None, None),
  ('Flow_ToRoundOutcome', 'Task_ConfirmCount', 'Gateway_RoundOutcome', '', None, None),
  ('Flow_AllSeatsFilled', 'Gateway_RoundOutcome', 'Gateway_ResultsComplete', '名额选足', "${nextStep == 'COMPLETE'}", None),
  ('Flow_TieForLastSeat', 'Gateway_RoundOutcome', 'Gateway_RoundDue', '票数相等，重新投票', "${nextStep == 'TIE_BREAK'}", [(1595, 30), (635, 30)]),
  ('Flow_SeatsUnfilled', 'Gateway_RoundOutcome', 'Task_DecideUnfilledSeats', '名额未选足', "${nextStep == 'UNFILLED_SEATS'}", None),
  ('Flow_ToSeatsGivenUp', 'Task_DecideUnfilledSeats', 'Gateway_SeatsGivenUp', '', None, None),
  ('Flow_SeatsGivenUp', 'Gateway_SeatsGivenUp', 'Gateway_ResultsComplete', '减少名额', '${reduceSeats}', None),
  ('Flow_SupplementaryRound', 'Gateway_SeatsGivenUp', 'Gateway_RoundDue', '另行选举', '${!reduceSeats}', [(1745, 500), (635, 500)]),
  ('Flow_ToFileResults', 'Gateway_ResultsComplete', 'Task_FileResults', '', None, None),
  ('Flow_ToAnnounceResults', 'Task_FileResults', 'ServiceTask_AnnounceResults', '', None, None),
  ('Flow_ToReviewCredentials', 'ServiceTask_AnnounceResults', 'Task_ReviewCredentials', '', None, None),
  ('Flow_ToDelegatesConfirmed', 'Task_ReviewCredentials', 'Gateway_DelegatesConfirmed', '', None, None),
  ('Flow_DelegatesConfirmed', 'Gateway_DelegatesConfirmed', 'End_DelegatesConfirmed', '全部有效', '${delegatesConfirmed}', None),
  ('Flow_SeatsVacant', 'Gateway_DelegatesConfirmed', 'Gateway_RoundDue', '有代表资格无效，重新选举', '${!delegatesConfirmed}', [(2285, 560), (635, 560)]),
]

SIZE = {'start': (36, 36), 'end': (36, 36), 'xor': (50, 50), 'and': (50, 50), 'user': (120, 80), 'service': (120, 80)}


def bounds(n):
  nid, kind, name, x, y, a = n
  w, h = SIZE[kind]
  return x, y - h // 2, w, h


def esc(s):
  return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


byid = {n[0]: n for n in nodes}
inc = {n[0]: [] for n in nodes}
out = {n[0]: [] for n in nodes}
for f in flows:
  out[f[1]].append(f[0])
  inc[f[2]].append(f[0])

p = []
p.append('''<?xml version="1.0" encoding="UTF-8"?>
<!-- The delegate conference (党代表大会/代表会议选举): the upper committee's nominees complete the formal list (seat
     source kept, margin over the whole list); the conference adopts its election rules, elects scrutineers from voters
     who are not candidates, appoints counters and hears the list explained; each round: roll call and ballots issued,
     ballots returned (more than issued: void, held again), the count entered twice by two counters, differences
     resolved and the count confirmed by a scrutineer who entered neither (sealed until then), then a tie-break among the
     tied, a supplementary round or a recorded reduction of the seats for unfilled seats; the results (stroke order,
     structure met/unmet) filed with the upper committee, five must-knows #5, and the upper congress's credentials review
     (an invalid delegate's seat is voted again). Before the schedule's ELECTION deadline the unit is reminded, after it
     the upper committee is told, while the results are not filed. Called by the campaign with electionId and electoralUnitId (business
     key: the election id). Rules: congressElectionTaskListener. Written by tools/bpmn/congress-election.py. -->
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  id="Definitions_CongressElection" targetNamespace="http://congress.cn/nomination"
                  exporter="tools/bpmn/congress-election.py" exporterVersion="1">
  <bpmn:process id="CongressElectionProcess" name="代表会议选举" isExecutable="true" camunda:historyTimeToLive="P365D">''')
for n in nodes:
  nid, kind, name, x, y, a = n
  io = ''.join(f'\n      <bpmn:incoming>{i}</bpmn:incoming>' for i in inc[nid]) + \
       ''.join(f'\n      <bpmn:outgoing>{o}</bpmn:outgoing>' for o in out[nid])
  nm = f' name="{esc(name)}"' if name else ''
  if kind == 'start':
    p.append(f'    <bpmn:startEvent id="{nid}"{nm}>{io}\n    </bpmn:startEvent>')
  elif kind == 'end':
    p.append(f'    <bpmn:endEvent id="{nid}"{nm}>{io}\n    </bpmn:endEvent>')
  elif kind == 'xor':
    p.append(f'    <bpmn:exclusiveGateway id="{nid}"{nm}>{io}\n    </bpmn:exclusiveGateway>')
  elif kind == 'and':
    p.append(f'    <bpmn:parallelGateway id="{nid}"{nm}>{io}\n    </bpmn:parallelGateway>')
  elif kind == 'service':
    p.append(f'    <bpmn:serviceTask id="{nid}"{nm} camunda:delegateExpression="{a["delegate"]}">{io}\n    </bpmn:serviceTask>')
  else:
    who = f'camunda:candidateGroups="{a["group"]}"' if 'group' in a else f'camunda:candidateUsers="{a["users"]}"'
    p.append(f'''    <bpmn:userTask id="{nid}"{nm}
                   {who} camunda:formKey="embedded:/forms/{a["form"]}.html">
      <bpmn:extensionElements>
        <camunda:taskListener delegateExpression="{L}" event="complete" />
      </bpmn:extensionElements>{io}
    </bpmn:userTask>''')
for f in flows:
  fid, s, t, name, cond, via = f
  nm = f' name="{esc(name)}"' if name else ''
  if cond:
    p.append(f'    <bpmn:sequenceFlow id="{fid}"{nm} sourceRef="{s}" targetRef="{t}">\n'
             f'      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{esc(cond)}</bpmn:conditionExpression>\n'
             f'    </bpmn:sequenceFlow>')
  else:
    p.append(f'    <bpmn:sequenceFlow id="{fid}"{nm} sourceRef="{s}" targetRef="{t}" />')
# before and after the schedule's ELECTION deadline (non-interrupting): remind the unit, then tell the upper committee,
# while the results are not filed
for sid, name, timer, task, tname, delegate, end, ename in [
    ('Reminder', '截止前提醒', "${deadlines.reminderOf(electionId, 'ELECTION')}", 'ServiceTask_RemindElectoralUnit',
     '提醒选举单位（尚未报送结果时）', '${remindConferenceDelegate}', 'End_UnitReminded', '已提醒'),
    ('Deadline', '逾期告知上级', "${deadlines.dueOf(electionId, 'ELECTION')}", 'ServiceTask_ReportLateToUpperCommittee',
     '告知上级党委（逾期未报送结果时）', '${reportLateConferenceDelegate}', 'End_LateReported', '已告知')]:
  p.append(f'''    <bpmn:subProcess id="SubProcess_Conference{sid}" name="{name}" triggeredByEvent="true">
      <bpmn:startEvent id="StartEvent_Conference{sid}" name="{name}" isInterrupting="false">
        <bpmn:outgoing>Flow_To{task}</bpmn:outgoing>
        <bpmn:timerEventDefinition id="TimerEventDefinition_Conference{sid}">
          <bpmn:timeDate xsi:type="bpmn:tFormalExpression">{timer}</bpmn:timeDate>
        </bpmn:timerEventDefinition>
      </bpmn:startEvent>
      <bpmn:sequenceFlow id="Flow_To{task}" sourceRef="StartEvent_Conference{sid}" targetRef="{task}" />
      <bpmn:serviceTask id="{task}" name="{tname}" camunda:delegateExpression="{delegate}">
        <bpmn:incoming>Flow_To{task}</bpmn:incoming>
        <bpmn:outgoing>Flow_To{end}</bpmn:outgoing>
      </bpmn:serviceTask>
      <bpmn:sequenceFlow id="Flow_To{end}" sourceRef="{task}" targetRef="{end}" />
      <bpmn:endEvent id="{end}" name="{ename}">
        <bpmn:incoming>Flow_To{end}</bpmn:incoming>
      </bpmn:endEvent>
    </bpmn:subProcess>''')
p.append('  </bpmn:process>')
p.append('  <bpmndi:BPMNDiagram id="Diagram_CongressElection">')
p.append('    <bpmndi:BPMNPlane id="Plane_CongressElection" bpmnElement="CongressElectionProcess">')
for n in nodes:
  x, y, w, h = bounds(n)
  marker = ' isMarkerVisible="true"' if n[1] == 'xor' else ''
  p.append(f'      <bpmndi:BPMNShape id="Shape_{n[0]}" bpmnElement="{n[0]}"{marker}>\n'
           f'        <dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}" />')
  if n[2] and n[1] in ('start', 'end', 'xor', 'and'):
    p.append(f'        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{x - 30}" y="{y + h + 5}" width="{w + 60}" height="27" />\n        </bpmndi:BPMNLabel>')
  p.append('      </bpmndi:BPMNShape>')


def anchor(n, toward):
  x, y, w, h = bounds(n)
  cx, cy = x + w // 2, y + h // 2
  tx, ty = toward
  if abs(tx - cx) >= abs(ty - cy):
    return (x + w, cy) if tx > cx else (x, cy)
  return (cx, y + h) if ty > cy else (cx, y)


for f in flows:
  fid, s, t, name, cond, via = f
  pts = list(via or [])
  sn, tn = byid[s], byid[t]
  tb = bounds(tn)
  tc = (tb[0] + tb[2] // 2, tb[1] + tb[3] // 2)
  first = anchor(sn, pts[0] if pts else tc)
  last = anchor(tn, pts[-1] if pts else first)
  if not pts and first[1] != last[1]:
    pts = [(first[0], last[1])] if abs(first[0] - last[0]) > 0 else []
    if pts:
      last = anchor(tn, pts[-1])
  wps = [first] + pts + [last]
  p.append(f'      <bpmndi:BPMNEdge id="Edge_{fid}" bpmnElement="{fid}">')
  for (x, y) in wps:
    p.append(f'        <di:waypoint x="{x}" y="{y}" />')
  if name:
    mx, my = wps[len(wps) // 2 - 1] if len(wps) > 2 else first
    p.append(f'        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{mx + 5}" y="{my - 22}" width="110" height="14" />\n        </bpmndi:BPMNLabel>')
  p.append('      </bpmndi:BPMNEdge>')
for i, (sid, task, end) in enumerate([('Reminder', 'ServiceTask_RemindElectoralUnit', 'End_UnitReminded'),
                                      ('Deadline', 'ServiceTask_ReportLateToUpperCommittee', 'End_LateReported')]):
  x = 160 + i * 460
  p.append(f'''      <bpmndi:BPMNShape id="Shape_SubProcess_Conference{sid}" bpmnElement="SubProcess_Conference{sid}" isExpanded="true">
        <dc:Bounds x="{x}" y="620" width="380" height="140" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Shape_StartEvent_Conference{sid}" bpmnElement="StartEvent_Conference{sid}">
        <dc:Bounds x="{x + 32}" y="672" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Shape_{task}" bpmnElement="{task}">
        <dc:Bounds x="{x + 130}" y="650" width="120" height="80" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Shape_{end}" bpmnElement="{end}">
        <dc:Bounds x="{x + 312}" y="672" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Edge_Flow_To{task}" bpmnElement="Flow_To{task}">
        <di:waypoint x="{x + 68}" y="690" />
        <di:waypoint x="{x + 130}" y="690" />
      </bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Edge_Flow_To{end}" bpmnElement="Flow_To{end}">
        <di:waypoint x="{x + 250}" y="690" />
        <di:waypoint x="{x + 312}" y="690" />
      </bpmndi:BPMNEdge>''')
p.append('    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n')
target = os.path.join(os.path.dirname(__file__), '..', '..', 'processes', 'congress-election.bpmn')
open(target, 'w', encoding='utf-8').write('\n'.join(p))
print('wrote', os.path.normpath(target))
