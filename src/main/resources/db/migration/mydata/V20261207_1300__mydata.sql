-- "Who accessed my data" becomes its own module (issue 16): its two tables move from the messaging
-- schema to mydata with their rows, indexes, constraints and the id sequence (owned by the column, so
-- it moves along). The sealed CURPs of person_link_ask stay bound to their first name,
-- messaging.person_link_ask (MyDataSealing), so every row still opens.
create schema if not exists mydata;
alter table messaging.my_data_ask set schema mydata;
alter table messaging.person_link_ask set schema mydata;
