-- A routing rule may name any configured geo layer (issue 16): the layers are configuration, which the
-- application checks when a rule is added; the database keeps only the shape of a layer id.
alter table routing.rule drop constraint rule_layer_check;
alter table routing.rule add constraint rule_layer_check check (length(layer) between 1 and 100);
