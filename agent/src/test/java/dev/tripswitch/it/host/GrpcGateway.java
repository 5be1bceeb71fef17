package dev.tripswitch.it.host;

public class GrpcGateway extends AbstractGateway {
    @Override
    protected String name() {
        return "grpc";
    }
}
