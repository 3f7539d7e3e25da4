package org.yifa.store.remote;

import java.nio.file.Path;

/** The remote-store contract on Fuseki with TDB2 on disk, its default graph the union of its named graphs. */
class RemoteFusekiTest extends RemoteStoreContract {

    @Override
    RemoteServer server(Path dir) throws Exception {
        return new FusekiServer(dir, true);
    }
}
