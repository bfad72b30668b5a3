package org.onecity.catalog;

import static org.onecity.catalog.internal.JsonTexts.json;
import static org.onecity.catalog.internal.JsonTexts.texts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.onecity.catalog.internal.JsonTexts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Knowledge articles in catalog.knowledge_article. */
@Repository
class KnowledgeRepository {

    private final JdbcClient jdbc;

    KnowledgeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<KnowledgeArticle> all() {
        return jdbc.sql("select * from catalog.knowledge_article order by slug").query(KnowledgeRepository::map).list();
    }

    Optional<KnowledgeArticle> find(String slug) {
        return jdbc.sql("select * from catalog.knowledge_article where slug = ?").param(slug)
                .query(KnowledgeRepository::map).optional();
    }

    void save(KnowledgeArticle a) {
        jdbc.sql("""
                insert into catalog.knowledge_article (slug, title, body, topic, keywords, service_codes, published, updated_at)
                values (:slug, :title::jsonb, :body::jsonb, :topic::jsonb, :keywords::jsonb, :codes, :published, now())
                on conflict (slug) do update set title = excluded.title, body = excluded.body, topic = excluded.topic,
                    keywords = excluded.keywords, service_codes = excluded.service_codes,
                    published = excluded.published, updated_at = now()""")
                .param("slug", a.slug()).param("title", json(a.title())).param("body", json(a.body()))
                .param("topic", json(a.topic())).param("keywords", json((Object) a.keywords()))
                .param("codes", a.serviceCodes().toArray(new String[0])).param("published", a.published())
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from catalog.knowledge_article").query(Long.class).single();
    }

    void lockForLoading() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('onecity.catalog.knowledge'))").query().singleRow();
    }

    private static KnowledgeArticle map(ResultSet rs, int n) throws SQLException {
        return new KnowledgeArticle(rs.getString("slug"), texts(rs.getString("title")), texts(rs.getString("body")),
                texts(rs.getString("topic")), JsonTexts.keywords(rs.getString("keywords")),
                Arrays.asList((String[]) rs.getArray("service_codes").getArray()), rs.getBoolean("published"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
