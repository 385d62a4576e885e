-- Camunda looks up a task's subtasks by PARENT_TASK_ID_ whenever a task completes or is deleted, and its schema has no
-- index on that column (camunda/camunda#36824): every completion scanned all open tasks (100,000 branch tasks at once
-- in round one). Version 16.1: after the congress tables (V16), before whatever comes next.
create index ix_act_ru_task_parent on ACT_RU_TASK (PARENT_TASK_ID_);
