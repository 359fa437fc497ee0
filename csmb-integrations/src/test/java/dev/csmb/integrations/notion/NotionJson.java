package dev.csmb.integrations.notion;

/** Notion API 2025-09-03 answers, as its reference documents them, for the fake server. */
final class NotionJson {

    static final String PAGE = "af5f89b5-a8ff-4c56-a5e8-69797d11b9f8";
    static final String OTHER_PAGE = "11111111-2222-3333-4444-555555555555";
    static final String DATABASE = "842a0286-cef0-46a8-abba-eac4c8ca644e";
    static final String DATA_SOURCE = "2f26ee68-df30-4251-aad4-8ddc420cba3d";

    private NotionJson() {
    }

    static String emptySearch() {
        return "{\"object\":\"list\",\"results\":[],\"has_more\":false,\"next_cursor\":null}";
    }

    static String dataSource(String id, String database, String page) {
        return """
                {"object":"data_source","id":"%s",
                 "title":[{"type":"text","text":{"content":"Chat Sessions"},"plain_text":"Chat Sessions"}],
                 "parent":{"type":"database_id","database_id":"%s"},
                 "database_parent":{"type":"page_id","page_id":"%s"}}""".formatted(id, database, page);
    }

    static String search(String... dataSources) {
        return "{\"object\":\"list\",\"results\":[" + String.join(",", dataSources)
                + "],\"has_more\":false,\"next_cursor\":null}";
    }

    static String createdDatabase() {
        return """
                {"object":"database","id":"%s","url":"https://www.notion.so/842a0286cef046a8abbaeac4c8ca644e",
                 "title":[{"type":"text","text":{"content":"Chat Sessions"},"plain_text":"Chat Sessions"}],
                 "parent":{"type":"page_id","page_id":"%s"},
                 "data_sources":[{"id":"%s","name":"Chat Sessions"}]}""".formatted(DATABASE, PAGE, DATA_SOURCE);
    }

    static String page() {
        return "{\"object\":\"page\",\"id\":\"59833787-2cf9-4fdf-8782-e53db20768a5\"}";
    }

    static String emptyQuery() {
        return "{\"object\":\"list\",\"results\":[],\"has_more\":false,\"next_cursor\":null}";
    }

    /**
     * The POST /v1/databases body for the minimal configuration, written out by hand from Notion's reference;
     * compared exactly, so nothing undocumented is sent.
     */
    static String minimalCreateBody() {
        return """
                {"parent":{"type":"page_id","page_id":"%s"},
                 "title":[{"type":"text","text":{"content":"Chat Sessions"}}],
                 "initial_data_source":{"properties":{
                   "Session":{"title":{}},
                   "Platform":{"select":{"options":[{"name":"cli-interface"}]}},
                   "Status":{"select":{"options":[{"name":"active"},{"name":"paused"},{"name":"completed"},
                                                  {"name":"archived"}]}},
                   "User":{"rich_text":{}},
                   "Started":{"created_time":{}},
                   "Last Activity":{"last_edited_time":{}},
                   "Summary":{"rich_text":{}},
                   "Messages":{"number":{"format":"number"}},
                   "Duration":{"number":{"format":"number"}},
                   "Tags":{"multi_select":{"options":[{"name":"question"},{"name":"feedback"},{"name":"bug"},
                                                     {"name":"follow-up"}]}},
                   "Follow-up":{"date":{}},
                   "Scope":{"select":{"options":[{"name":"user"},{"name":"channel"}]}}
                 }}}""".formatted(PAGE);
    }
}
